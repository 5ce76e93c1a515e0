package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.time.SessionPseudoClock;
import org.kie.internal.utils.KieHelper;

/** What the pool hands out again: only emptied sessions, and only those worth keeping. */
class SessionPoolTest {

    private static final KieBase KIE_BASE = new KieHelper().addContent("""
            package pooled;
            declare Item
                n : int
            end
            rule "Double"
            when
                Item( $n : n, n < 100 )
            then
                insertLogical( new Item( $n * 2 + 1 ) );
            end
            """, ResourceType.DRL).build();

    @Test
    void aSessionGivenBackComesBackEmptyWithItsClockAtZeroAndNoListeners() throws Exception {
        SessionPool pool = new SessionPool(KIE_BASE, true);
        KieSession first = pool.take();
        first.insert(item(1));
        first.fireAllRules();
        ((SessionPseudoClock) first.getSessionClock()).advanceTime(30, TimeUnit.DAYS);
        first.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener());
        assertThat(first.getFactCount()).isGreaterThan(1);

        pool.giveBack(first, 1, false);
        KieSession again = pool.take();

        assertThat(again).isSameAs(first);
        assertThat(again.getFactCount()).isZero();
        assertThat(again.getSessionClock().getCurrentTime()).isZero();
        assertThat(again.getAgendaEventListeners()).isEmpty();
        again.insert(item(40));
        assertThat(again.fireAllRules()).isEqualTo(2); // 40 → 81 → 163, as in a new session
        again.dispose();
    }

    @Test
    void aDiscardedSessionIsNeverHandedOutAgain() {
        SessionPool pool = new SessionPool(KIE_BASE, true);
        KieSession session = pool.take();
        pool.discard(session);

        assertThat(pool.idleSessions()).isZero();
        assertThat(pool.take()).isNotSameAs(session);
    }

    @Test
    void aSessionThatHeldManyFactsIsDisposedRatherThanKept() {
        SessionPool pool = new SessionPool(KIE_BASE, true);
        pool.giveBack(pool.take(), SessionPool.MAX_FACTS_TO_KEEP + 1, false);

        assertThat(pool.idleSessions()).isZero();
    }

    @Test
    void aSessionThatHeldEventsIsDisposedRatherThanKept() {
        SessionPool pool = new SessionPool(KIE_BASE, true);
        pool.giveBack(pool.take(), 1, true);

        assertThat(pool.idleSessions()).isZero();
    }

    @Test
    void noMoreSessionsWaitThanThereAreCoresAndTwo() {
        SessionPool pool = new SessionPool(KIE_BASE, true);
        int limit = Runtime.getRuntime().availableProcessors() + 2;
        java.util.List<KieSession> taken = new java.util.ArrayList<>();
        for (int i = 0; i < limit + 3; i++) {
            taken.add(pool.take());
        }
        taken.forEach(s -> pool.giveBack(s, 1, false));

        assertThat(pool.idleSessions()).isEqualTo(limit);
    }

    private static Object item(int n) throws ReflectiveOperationException {
        org.kie.api.definition.type.FactType type = KIE_BASE.getFactType("pooled", "Item");
        Object item = type.newInstance();
        type.set(item, "n", n);
        return item;
    }
}
