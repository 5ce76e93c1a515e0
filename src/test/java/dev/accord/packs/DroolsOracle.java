package dev.accord.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.FactType;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;

/**
 * What Drools itself concludes on a pack and a scenario, without Accord: the pack's DRL compiled
 * with the KIE API, a fresh session on a pseudo clock at the end of the as-of date (UTC), every
 * fact seen as of that date inserted (a fact is dated by its type's {@code @dated} or
 * {@code @timestamp} field, inherited through {@code extends}), {@code fireAllRules()}. A field a
 * fact leaves out is unset: null for a boxed number or Boolean (a declared type's constructor
 * would set 0 or false). Only the YAML a scenario of the corpus uses is read (no CSV includes).
 */
final class DroolsOracle {

    /** The outcome: the recommendation (an action, NONE or CONFLICT), each assessed condition's status, the rules that fired. */
    record Outcome(String recommendation, Map<String, String> statuses, Set<String> fired) {
    }

    private static final Pattern DECLARE = Pattern.compile("declare\\s+(\\w+)(?:\\s+extends\\s+(\\w+))?(.*?)\\bend\\b", Pattern.DOTALL);
    private static final Pattern DATED = Pattern.compile("@(?:dated|timestamp)\\s*\\(\\s*(\\w+)\\s*\\)");

    private final KieBase base;
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> dateFields = new HashMap<>();

    DroolsOracle(Path packDir) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(packDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(p);
                all.append(text).append('\n');
                kfs.write("src/main/resources/" + packDir.relativize(p).toString().replace('\\', '/'), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        boolean events = all.toString().matches("(?s).*@role\\s*\\(\\s*event\\s*\\).*");
        conf.setOption(events ? EventProcessingOption.STREAM : EventProcessingOption.CLOUD);
        base = ks.newKieContainer(builder.getKieModule().getReleaseId()).newKieBase(conf);
        Matcher m = DECLARE.matcher(all);
        while (m.find()) {
            if (m.group(2) != null) {
                parents.put(m.group(1), m.group(2));
            }
            Matcher d = DATED.matcher(m.group(3));
            if (d.find()) {
                dateFields.put(m.group(1), d.group(1));
            }
        }
    }

    Outcome decide(Path scenario, boolean reverse) {
        try {
            return decide(new ObjectMapper(new YAMLFactory()).readTree(scenario.toFile()), reverse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome decide(JsonNode root, boolean reverse) throws IOException {
        LocalDate asOf = root.has("asOf") ? LocalDate.parse(root.get("asOf").asText()) : null;
        List<Object> seen = new ArrayList<>();
        LocalDate latest = null;
        for (JsonNode fact : root.get("facts")) {
            String type = fact.get("type").asText();
            Object object = bind(type, fact);
            LocalDate date = dateOf(type, object);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
            if (asOf == null || date == null || !date.isAfter(asOf)) {
                seen.add(object);
            }
        }
        if (reverse) {
            Collections.reverse(seen);
        }
        KieServices ks = KieServices.Factory.get();
        KieSessionConfiguration conf = ks.newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        KieSession session = base.newKieSession(conf, null);
        try {
            LocalDate clockDate = asOf != null ? asOf : latest;
            if (clockDate != null) {
                long end = clockDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
                SessionPseudoClock clock = session.getSessionClock();
                clock.advanceTime(end - clock.getCurrentTime(), TimeUnit.MILLISECONDS);
            }
            Set<String> fired = new TreeSet<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            seen.forEach(session::insert);
            session.fireAllRules();
            Map<String, Set<String>> statuses = new TreeMap<>();
            Set<String> actions = new TreeSet<>();
            for (Object o : session.getObjects()) {
                if (o instanceof dev.accord.vocabulary.Assessment a) {
                    statuses.computeIfAbsent(a.getCondition(), k -> new LinkedHashSet<>()).add(a.getStatus().name());
                } else if (o instanceof dev.accord.vocabulary.Recommendation r) {
                    actions.add(r.getAction());
                }
            }
            Map<String, String> status = new TreeMap<>();
            statuses.forEach((c, s) -> status.put(c, s.size() == 1 ? s.iterator().next() : "CONFLICT"));
            String recommendation = actions.isEmpty() ? "NONE" : actions.size() > 1 ? "CONFLICT" : actions.iterator().next();
            return new Outcome(recommendation, status, fired);
        } finally {
            session.dispose();
        }
    }

    private Object bind(String type, JsonNode fact) {
        FactType factType = null;
        for (KiePackage p : base.getKiePackages()) {
            factType = base.getFactType(p.getName(), type);
            if (factType != null) {
                break;
            }
        }
        if (factType == null) {
            throw new IllegalArgumentException("the pack declares no type " + type);
        }
        try {
            Object object = factType.newInstance();
            for (Method setter : factType.getFactClass().getMethods()) {
                if (!setter.getName().startsWith("set") || setter.getParameterCount() != 1) {
                    continue;
                }
                String field = Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
                Class<?> fieldType = setter.getParameterTypes()[0];
                JsonNode value = fact.get(field);
                if (value != null) {
                    setter.invoke(object, convert(fieldType, value));
                } else if (fieldType == Double.class || fieldType == Integer.class || fieldType == Long.class
                        || fieldType == Boolean.class) {
                    setter.invoke(object, new Object[] { null });
                }
            }
            return object;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate dateOf(String type, Object object) {
        String field = null;
        for (String t = type; t != null && field == null; t = parents.get(t)) {
            field = dateFields.get(t);
        }
        if (field == null) {
            return null;
        }
        try {
            Object value = object.getClass().getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1)).invoke(object);
            return value instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object convert(Class<?> type, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (type == String.class) {
            return value.asText();
        } else if (type == int.class || type == Integer.class) {
            return value.asInt();
        } else if (type == long.class || type == Long.class) {
            return value.asLong();
        } else if (type == double.class || type == Double.class) {
            return value.asDouble();
        } else if (type == boolean.class || type == Boolean.class) {
            return value.asBoolean();
        } else if (type == LocalDate.class) {
            return LocalDate.parse(value.asText());
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.parse(value.asText());
        } else if (type.isEnum()) {
            return Enum.valueOf((Class) type, value.asText());
        } else if (type == List.class) {
            List<Object> list = new ArrayList<>();
            value.forEach(v -> list.add(v.asText()));
            return list;
        }
        throw new IllegalArgumentException("the oracle does not convert to " + type);
    }
}
