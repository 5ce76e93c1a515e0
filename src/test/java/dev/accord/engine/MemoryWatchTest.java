package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.EvaluationLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which evaluation the memory budget stops, and what the budget is. */
class MemoryWatchTest {

    /** An evaluation that only records whether it was stopped. */
    private static final class Fake implements MemoryWatch.Watched {
        final long budget;
        final long allocated;
        final List<Long> stoppedAt = new ArrayList<>();

        Fake(long budget, long allocated) {
            this.budget = budget;
            this.allocated = allocated;
        }

        @Override
        public long budget() {
            return budget;
        }

        @Override
        public long allocated() {
            return allocated;
        }

        @Override
        public void overBudget(long used) {
            stoppedAt.add(used);
        }
    }

    @Test
    void noEvaluationIsStoppedWhileTheHeapIsWithinEveryBudget() {
        assertThat(MemoryWatch.choose(100, List.of(new Fake(100, 5), new Fake(200, 9)))).isNull();
    }

    @Test
    void ofThoseOverBudgetTheOneThatAllocatedMostIsStopped() {
        Fake small = new Fake(100, 5);
        Fake big = new Fake(100, 900);
        Fake roomy = new Fake(1_000, 10_000); // allocated more, but its budget is not passed

        assertThat(MemoryWatch.choose(150, List.of(small, big, roomy))).isSameAs(big);
    }

    @Test
    void aBudgetOfZeroIsNoBudget() {
        assertThat(MemoryWatch.choose(Long.MAX_VALUE, List.of(new Fake(0, 5)))).isNull();
    }

    @Test
    void theDefaultBudgetIsThreeQuartersOfTheMaximumHeap() {
        long max = Runtime.getRuntime().maxMemory();

        assertThat(EvaluationLimits.defaults().maxMemory()).isEqualTo(max == Long.MAX_VALUE ? 0 : (long) (max * 0.75));
        assertThat(EvaluationLimits.defaults().withMaxMemory(64L << 20).maxMemory()).isEqualTo(64L << 20);
    }

    @Test
    void aBudgetMustBePositive() {
        assertThatThrownBy(() -> EvaluationLimits.defaults().withMaxMemory(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxMemory must be positive");
    }

    @Test
    void sizesAreShownInMebibytes() {
        assertThat(MemoryWatch.size(200L << 20)).isEqualTo("200 MiB");
        assertThat(MemoryWatch.size(3L << 20)).isEqualTo("3072 KiB");
    }
}
