package dev.accord.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accord.Condition;
import dev.accord.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The timeline as JSON: pack, conditions, one entry per date with statuses and reasons, markers. */
final class TimelineJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJson() {
    }

    static String render(Timeline t) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pack", t.packTitle());
        root.put("facts", t.facts());
        List<Object> conditions = new ArrayList<>();
        for (Condition c : t.conditions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            conditions.add(m);
        }
        root.put("conditions", conditions);
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < t.steps().size(); i++) {
            Timeline.Step s = t.steps().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", s.date().toString());
            m.put("recommendation", s.recommendation());
            m.put("changed", t.changed(i));
            m.put("conditions", s.statuses());
            m.put("reasons", s.reasons());
            steps.add(m);
        }
        root.put("steps", steps);
        List<Object> markers = new ArrayList<>();
        for (Timeline.Marker mk : t.markers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", mk.date().toString());
            m.put("type", mk.type());
            m.put("fact", mk.label());
            m.put("event", mk.event());
            m.put("source", mk.source());
            markers.add(m);
        }
        root.put("markers", markers);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
