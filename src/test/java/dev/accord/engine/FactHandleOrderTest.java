package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.common.InternalFactHandle;
import org.junit.jupiter.api.Test;

/**
 * The session's facts are recorded in the order of their handles' ids, which the golden files
 * depend on: the packed sort must give exactly what a stable sort by id gives.
 */
class FactHandleOrderTest {

    @Test
    void packedSortGivesTheOrderOfAStableSortById() {
        Random random = new Random(4);
        List<InternalFactHandle> handles = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            handles.add(new DefaultFactHandle(random.nextInt(200_000), "f" + i));
        }
        assertSameOrder(handles);
    }

    @Test
    void denseUniqueIdsGoStraightToTheirPlace() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            ids.add(1_000 + i * 2);
        }
        java.util.Collections.shuffle(ids, new Random(4));
        List<InternalFactHandle> handles = new ArrayList<>();
        for (int id : ids) {
            handles.add(new DefaultFactHandle(id, "f" + id));
        }
        assertSameOrder(handles);
    }

    @Test
    void equalIdsKeepTheirIterationOrder() {
        List<InternalFactHandle> handles = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            handles.add(new DefaultFactHandle(i % 7, "f" + i));
        }
        assertSameOrder(handles);
    }

    @Test
    void idsTooLargeToPackAreSortedAllTheSame() {
        List<InternalFactHandle> handles = new ArrayList<>();
        handles.add(new DefaultFactHandle(Long.MAX_VALUE - 1, "a"));
        handles.add(new DefaultFactHandle(3, "b"));
        handles.add(new DefaultFactHandle(Long.MAX_VALUE - 1, "c"));
        handles.add(new DefaultFactHandle(-5, "d"));
        assertSameOrder(handles);
    }

    @Test
    void noneAndOne() {
        assertSameOrder(List.of());
        assertSameOrder(List.of(new DefaultFactHandle(9, "only")));
    }

    private static void assertSameOrder(List<InternalFactHandle> handles) {
        List<InternalFactHandle> expected = new ArrayList<>(handles);
        expected.sort(Comparator.comparingLong(InternalFactHandle::getId));
        // By object, each handle's own: handles with equal ids may be equal to each other.
        assertThat(Arrays.stream(EvaluationSession.inIdOrder(handles)).map(InternalFactHandle::getObject).toList())
                .containsExactlyElementsOf(expected.stream().map(InternalFactHandle::getObject).toList());
    }
}
