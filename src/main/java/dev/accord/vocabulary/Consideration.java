package dev.accord.vocabulary;

import java.util.Objects;

/**
 * Something a decision maker should weigh that does not itself decide, such as a risk of acting
 * or of not acting. Rules conclude it like any other fact; the decision lists every one.
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
