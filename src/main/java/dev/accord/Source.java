package dev.accord;

import java.time.LocalDate;

/**
 * A citation that facts and conditions refer to by {@code key}: the report, statement or
 * agreement a fact is taken from, as a fact set's or {@code pack.yaml}'s {@code sources:} gives
 * it. Only {@code title} is required.
 *
 * @param key       the key facts and conditions cite it by
 * @param title     the title, never null
 * @param publisher who published it, or null
 * @param published when it was published, or null
 * @param url       where to read it, or null
 * @param location  where the citation is written
 */
public record Source(String key, String title, String publisher, LocalDate published, String url,
        Location location) {

    /**
     * The citation as reports write it: the title, then what is known of who and when.
     *
     * @return e.g. {@code UNAMA Annual Report 2020 (UNAMA, 2021-02-23)}
     */
    public String citation() {
        StringBuilder b = new StringBuilder(title);
        String by = publisher == null ? "" : publisher;
        String when = published == null ? "" : published.toString();
        if (!by.isEmpty() || !when.isEmpty()) {
            b.append(" (").append(by).append(!by.isEmpty() && !when.isEmpty() ? ", " : "").append(when).append(')');
        }
        return b.toString();
    }
}
