package dev.accord.vocabulary;

import java.util.Objects;

/**
 * Something a decision maker should weigh that does not itself decide, such as a risk of acting
 * or of not acting. Rules conclude it like any other fact; the decision lists every one.
 *
 * <p>Each property has a record-style accessor ({@code topic()}) and a JavaBean getter
 * ({@code getTopic()}). DRL reads either in a constraint such as {@code Consideration( topic == "escalation-risk" )}: Drools
 * ({@code org.drools.util.ClassUtils.getAccessor}) accepts {@code getX}, {@code isX} and {@code x()},
 * preferring the getter when both exist. The getters stay, and are not deprecated, because rule
 * packs call them in actions and {@code eval} ({@code $r.getTopic()}), and a deprecation would warn in
 * every such pack.
 */
public final class Consideration {

    private final String topic;
    private final String text;

    /**
     * A consideration.
     *
     * @param topic a short key, such as {@code escalation-risk}, not null
     * @param text  what to weigh, in a sentence, not null
     */
    public Consideration(String topic, String text) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * A short key, such as {@code escalation-risk}.
     *
     * @return the topic, never null
     */
    public String getTopic() {
        return topic;
    }

    /**
     * What to weigh, in a sentence.
     *
     * @return the text, never null
     */
    public String getText() {
        return text;
    }

    /**
     * What the consideration is about; the same as {@link #getTopic()}.
     *
     * @return the topic
     */
    public String topic() {
        return topic;
    }

    /**
     * The consideration in words; the same as {@link #getText()}.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Consideration c && topic.equals(c.topic) && text.equals(c.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, text);
    }

    @Override
    public String toString() {
        return topic + ": " + text;
    }
}
