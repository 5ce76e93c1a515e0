package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.render.Values;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainTemplateTest {

    public static final class Person {
        private final String name = "Ada";
        private final boolean active = true;
        private Person friend;

        public String getName() {
            return name;
        }

        public Person getFriend() {
            return friend == null ? new Person() : friend;
        }

        public boolean isActive() {
            return active;
        }

        /** Not a field: a sentence does not call it. */
        public String getSecret() {
            return "computed";
        }
    }

    private static String fill(String template) {
        Map<String, Object> bindings = new LinkedHashMap<>();
        bindings.put("$p", new Person());
        bindings.put("$n", 2.50);
        bindings.put("$missing", null);
        return ExplainTemplate.fill(template, bindings, v -> v instanceof Person ? "person-1" : Values.format(v));
    }

    @Test
    void fillsVariablesAndTheirPropertiesThroughGetters() {
        assertThat(fill("{$p.name} is friends with {$p.friend.name} ({$p.active})")).isEqualTo("Ada is friends with Ada (true)");
    }

    @Test
    void aBoundFactIsNamedByItsLabelAndNumbersReadNaturally() {
        assertThat(fill("{$p} scored {$n}")).isEqualTo("person-1 scored 2.5");
    }

    @Test
    void aPlaceholderThatCannotBeFilledIsLeftAsWritten() {
        assertThat(fill("{$q.name} and {$p.age} and {$missing.name}")).isEqualTo("{$q.name} and {$p.age} and {$missing.name}");
    }

    @Test
    void readsFieldsAndAllowedAccessorsOnlyNeverOtherPublicMethods() {
        assertThat(fill("{$p.class} {$p.class.classLoader} {$p.class.newInstance} {$p.hashCode} {$p.toString} {$p.secret}"))
                .isEqualTo("{$p.class} {$p.class.classLoader} {$p.class.newInstance} {$p.hashCode} {$p.toString} {$p.secret}");
        assertThat(fill("{$p.name.length} {$p.name.empty} {$p.name.bytes} {$p.name.class}"))
                .isEqualTo("3 false {$p.name.bytes} {$p.name.class}");
    }

    @Test
    void textWithoutPlaceholdersIsUnchanged() {
        assertThat(fill("no braces here, {not a placeholder}")).isEqualTo("no braces here, {not a placeholder}");
    }

    @Test
    void aGetterCalledInAConditionIsReplacedWholeByItsValue() {
        Map<String, Object> bindings = Map.of("$p", new Person(), "$n", 6);
        assertThat(ExplainTemplate.substitute("monthsCovered( $p.getName(), $n ) <= $p.getFriend().getName()", bindings,
                v -> String.valueOf(v))).isEqualTo("monthsCovered( Ada, 6 ) <= Ada");
    }
}
