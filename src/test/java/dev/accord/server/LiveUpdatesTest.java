package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open page hears of a change to a served file on disk, through the watch loop and server-sent events. */
class LiveUpdatesTest {

    @TempDir
    Path tmp;

    @Test
    void tellsOpenPagesWhenAFactSetChangesOnDisk() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp, o -> o.withWatch(true))) {
            HttpResponse<java.io.InputStream> stream = s.http.send(HttpRequest.newBuilder(s.uri("/v1/events"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
            assertThat(next(events, "event: hello")).isNotNull();
            Path facts = s.facts.resolve(ServedFolders.FACTS);
            Files.writeString(facts, Files.readString(facts) + "\n# reviewed\n");
            // The bound only keeps a broken build from hanging; nothing here measures time.
            String change = CompletableFuture.supplyAsync(() -> next(events, "event: change")).get(120, TimeUnit.SECONDS);
            assertThat(change).isNotNull();
            // The served folders lie under /tmp, outside the working folder: the report names the
            // fact set as the API does, not by a server path (once shown as ../../tmp/...).
            assertThat(next(events, "data:")).contains("nato-afghanistan").contains("facts/" + ServedFolders.FACTS)
                    .doesNotContain(s.facts.toString()).doesNotContain("../");
            stream.body().close();
        }
    }

    private static String next(BufferedReader events, String prefix) {
        try {
            for (String line = events.readLine(); line != null; line = events.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
