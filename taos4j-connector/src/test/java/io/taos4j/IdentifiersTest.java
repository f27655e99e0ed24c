package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void quotesEachPartOfAQualifiedName() {
        assertThat(Identifiers.quote("my`db")).isEqualTo("`my``db`");
        assertThat(Identifiers.qualified("power.meters")).isEqualTo("`power`.`meters`");
        assertThat(Identifiers.qualified("meters")).isEqualTo("`meters`");
        assertThat(Identifiers.qualified("`my.db`.t")).isEqualTo("`my.db`.`t`");
        assertThat(Identifiers.qualified("`a``b`.`c`")).isEqualTo("`a``b`.`c`");
        assertThatThrownBy(() -> Identifiers.qualified("`open.t")).isInstanceOf(TaosException.class);
        assertThatThrownBy(() -> Identifiers.qualified("db.")).isInstanceOf(TaosException.class);
        assertThatThrownBy(() -> Identifiers.qualified("`a`b")).isInstanceOf(TaosException.class);
        assertThatThrownBy(() -> Identifiers.quote("")).isInstanceOf(TaosException.class);
    }
}
