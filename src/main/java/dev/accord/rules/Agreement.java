package dev.accord.rules;

import java.time.LocalDate;

/** The agreement a pack models; every part but the title may be absent. */
public record Agreement(String title, LocalDate signed, String source) {
}
