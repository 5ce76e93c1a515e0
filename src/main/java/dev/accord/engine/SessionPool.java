package dev.accord.engine;

import dev.accord.rules.CompiledRules;
import dev.accord.rules.SessionTraits;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;

/**
 * Drools sessions of one compiled pack, on a pseudo clock, kept for reuse. A new session builds
 * the memory of every node and segment of the rule network, which costs about as much as the
 * rest of a small evaluation; a session that is reset keeps those structures and only empties
 * them (Drools' own session pools do the same reset). Only sessions that ended cleanly come
 * back: one that was halted or failed is disposed, and so is one that held many facts, whose
 * grown memories would otherwise stay allocated while it waits, and one that held events:
 * Drools' reset leaves a sliding window's events in place (its window memory's reset does
 * nothing, in Drools 10.2), and the next session to use it then fails expiring events it never had.
 * A pack whose rules use a feature that reset leaves state behind for (activation groups, agenda
 * groups, ...: see {@link SessionTraits}) gets a new session every time.
 */
public final class SessionPool {

    /** Beyond this many inserted facts a session is disposed rather than kept. */
    static final int MAX_FACTS_TO_KEEP = 10_000;

    /** Enough for one evaluation per core, each on its own session, with room for a caller or two. */
    private static final int MAX_IDLE = Runtime.getRuntime().availableProcessors() + 2;

    /**
     * Made once: building a session configuration costs about twenty times what opening a
     * session with it does. Sessions only read it.
     */
    private static final KieSessionConfiguration PSEUDO_CLOCK = pseudoClock();

    private final KieBase kieBase;
    private final boolean reuse;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /** A pool for the pack's sessions, which keeps them for reuse only when its rules allow that. */
    public SessionPool(CompiledRules rules) {
        this(rules.kieBase(), rules.sessionTraits().reusable());
    }

    /** @param reuse whether an emptied session gives exactly what a new one would, for these rules */
    SessionPool(KieBase kieBase, boolean reuse) {
        this.kieBase = kieBase;
        this.reuse = reuse;
    }

    private static KieSessionConfiguration pseudoClock() {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        return conf;
    }

    /** An empty session with its clock at zero and no listeners: a kept one if there is one, else a new one. */
    KieSession take() {
        KieSession session = idle.pollFirst();
        if (session == null) {
            return kieBase.newKieSession(PSEUDO_CLOCK, null);
        }
        idleCount.decrementAndGet();
        return session;
    }

    /**
     * Takes back a session that ended cleanly, after {@code insertedFacts} facts went into it:
     * resets it (facts, agenda, clock, listeners, truth maintenance) and keeps it, or disposes it
     * when the pack's sessions are not reused, it held events or too many facts, or enough sessions
     * wait already.
     */
    void giveBack(KieSession session, int insertedFacts, boolean heldEvents) {
        // The count may overshoot by a session or two when threads race; it only bounds memory.
        if (!reuse || heldEvents || insertedFacts > MAX_FACTS_TO_KEEP || idleCount.get() >= MAX_IDLE) {
            discard(session);
            return;
        }
        ((StatefulKnowledgeSessionImpl) session).reset();
        idle.offerFirst(session); // the most recently used first: its memory is likeliest still in cache
        idleCount.incrementAndGet();
    }

    /** Disposes a session that must not be used again. */
    void discard(KieSession session) {
        session.dispose();
    }

    /** How many sessions wait to be reused; for tests. */
    int idleSessions() {
        return idleCount.get();
    }
}
