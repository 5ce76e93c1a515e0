package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A full server answers at once with 503 and Retry-After instead of piling requests up. */
class AdmissionTest {

    @Test
    void answersBusyWithRetryAfterWhenEverySlotAndTheQueueAreTaken() throws Exception {
        Admission admission = new Admission(1, 0, Duration.ofSeconds(30));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> admission.run(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        running.await();
        Problem busy = catchThrowableOfType(Problem.class, () -> admission.run(() -> "second"));
        assertThat(busy.status).isEqualTo(503);
        assertThat(busy.headers).containsEntry("Retry-After", "1");
        assertThat(ProblemJson.render(busy, "/v1/x")).contains("\"type\":\"/problems/busy\"");
        release.countDown();
        holder.join();
        assertThat(admission.run(() -> "after")).isEqualTo("after");
    }
}
