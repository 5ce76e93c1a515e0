/**
 * What the report renderers share, and what only the command line and the server render: HTML
 * escaping, the page's head and style sheet, the status colours, Markdown escaping, values and
 * control characters as reports show them, text in a terminal's width and colour
 * ({@link dev.accord.render.TextStyle}), a timeline in each format (its CSV among them), the
 * scenario report of {@code accord test}. Internal: no part of the API, not exported; callers
 * render a report with its {@code render(Format)}.
 */
package dev.accord.render;
