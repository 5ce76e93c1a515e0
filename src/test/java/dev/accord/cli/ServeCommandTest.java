package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code accord serve} as a user starts and stops it. */
class ServeCommandTest {

    @Test
    void printsItsAddressServesAndStopsCleanlyWhenAskedTo() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.accord.cli.Main", "serve", "--port", "0", "--no-watch")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            for (String line = out.readLine(); line != null && url == null; line = out.readLine()) {
                Matcher m = Pattern.compile("Accord workbench: (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
                url = m.find() ? m.group(1) : null;
            }
            assertThat(url).as("the address printed").isNotNull();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("up");
            p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the server
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
            assertThat(p.exitValue()).isIn(0, 143);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void refusesAFolderThatIsNotThereAndAPortInUse() throws Exception {
        Cli.Run missing = Cli.accord("serve", "--rules", "no-such-folder");
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("--rules no-such-folder: not a folder");
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli.Run busy = Cli.accord("serve", "--port", String.valueOf(taken.getLocalPort()), "--no-watch");
            assertThat(busy.code()).isEqualTo(ExitCode.USAGE);
            assertThat(busy.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
