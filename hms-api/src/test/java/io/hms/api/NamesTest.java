package io.hms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"inventory", "db-pool", "cache.l2", "a_b", "9lives", "x"})
    void acceptsLettersDigitsDotsUnderscoresAndDashes(String name) {
        assertThat(Names.isValid(name)).isTrue();
        assertThat(Names.requireName(name, "component")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-lead", ".lead", "has space", "slash/name", "ünïcode"})
    void refusesNamesOutsideTheRule(String name) {
        assertThat(Names.isValid(name)).isFalse();
    }

    @Test
    void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
        assertThat(Names.isValid("a".repeat(64))).isTrue();
        assertThat(Names.isValid("a".repeat(65))).isFalse();
    }

    @Test
    void refusalNamesWhatAndTheValue() {
        assertThatThrownBy(() -> Names.requireName("bad name", "component name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("component name must be 1-64 letters")
                .hasMessageEndingWith("got 'bad name'");
        assertThatThrownBy(() -> Names.requireName(null, "name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("got null");
    }
}
