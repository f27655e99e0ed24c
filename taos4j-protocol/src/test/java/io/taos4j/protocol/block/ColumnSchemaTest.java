package io.taos4j.protocol.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.TaosType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class ColumnSchemaTest {

    private static String wordHex(ColumnSchema schema) {
        byte[] b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(schema.bytes()).array();
        return BlockFixtures.hex(b);
    }

    @Test
    void decimalWordsMatchTheObservedSchemaBytes() {
        ColumnSchema d10 = ColumnSchema.decimal(10, 2);
        assertThat(d10.type()).isEqualTo(TaosType.DECIMAL64);
        assertThat(wordHex(d10)).isEqualTo("020a0008");
        assertThat(d10.bytes()).isEqualTo(134220290);

        ColumnSchema d30 = ColumnSchema.decimal(30, 5);
        assertThat(d30.type()).isEqualTo(TaosType.DECIMAL);
        assertThat(wordHex(d30)).isEqualTo("051e0010");
        assertThat(d30.bytes()).isEqualTo(268443141);

        ColumnSchema d20 = ColumnSchema.decimal(20, 0);
        assertThat(wordHex(d20)).isEqualTo("00140010");
        assertThat(d20.bytes()).isEqualTo(268440576);

        assertThat(ColumnSchema.decimal(18, 2).type()).isEqualTo(TaosType.DECIMAL64);
        assertThat(ColumnSchema.decimal(19, 2).type()).isEqualTo(TaosType.DECIMAL);
    }

    @Test
    void decimalAccessors() {
        ColumnSchema d = ColumnSchema.decimal(30, 5);
        assertThat(d.decimalPrecision()).isEqualTo(30);
        assertThat(d.decimalScale()).isEqualTo(5);
        assertThat(d.userLength()).isEqualTo(16);
        assertThat(ColumnSchema.decimal(10, 2).userLength()).isEqualTo(8);
        assertThat(ColumnSchema.varchar(10).decimalPrecision()).isZero();
        assertThat(ColumnSchema.of(TaosType.INT).decimalScale()).isZero();
    }

    @Test
    void widthsMatchTheObservedTable() {
        assertThat(ColumnSchema.varchar(10)).isEqualTo(new ColumnSchema(TaosType.VARCHAR, 12));
        assertThat(ColumnSchema.nchar(5)).isEqualTo(new ColumnSchema(TaosType.NCHAR, 22));
        assertThat(ColumnSchema.nchar(3).bytes()).isEqualTo(14);
        assertThat(ColumnSchema.varbinary(12).bytes()).isEqualTo(14);
        assertThat(ColumnSchema.geometry(50).bytes()).isEqualTo(52);
        assertThat(ColumnSchema.blob().bytes()).isEqualTo(5);
        assertThat(ColumnSchema.json().bytes()).isEqualTo(16384);
        assertThat(ColumnSchema.of(TaosType.TIMESTAMP).bytes()).isEqualTo(8);
        assertThat(ColumnSchema.of(TaosType.BOOL).bytes()).isEqualTo(1);
    }

    @Test
    void userLengthsMatchFieldsLengths() {
        assertThat(ColumnSchema.varchar(10).userLength()).isEqualTo(10);
        assertThat(ColumnSchema.nchar(5).userLength()).isEqualTo(5);
        assertThat(ColumnSchema.varbinary(12).userLength()).isEqualTo(12);
        assertThat(ColumnSchema.geometry(50).userLength()).isEqualTo(50);
        assertThat(ColumnSchema.blob().userLength()).isEqualTo(4194304);
        assertThat(ColumnSchema.json().userLength()).isEqualTo(4095);
        assertThat(new ColumnSchema(TaosType.VARCHAR, 327).userLength()).isEqualTo(325);
        assertThat(ColumnSchema.of(TaosType.INT).userLength()).isEqualTo(4);
        assertThat(ColumnSchema.of(TaosType.UBIGINT).userLength()).isEqualTo(8);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> ColumnSchema.of(TaosType.VARCHAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.of(TaosType.DECIMAL64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.varchar(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.varchar(65534)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.nchar(16384)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.varbinary(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.geometry(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.decimal(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.decimal(39, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.decimal(10, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnSchema.decimal(10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnSchema(TaosType.INT, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnSchema(TaosType.MEDIUMBLOB, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnSchema(TaosType.VARCHAR, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnSchema(TaosType.DECIMAL64, 0x10000a02))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnSchema(TaosType.DECIMAL, 0x10001403 | 0x00010000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnSchema(null, 4)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void nullColumnKeepsItsWidth() {
        assertThat(ColumnSchema.of(TaosType.NULL).bytes()).isEqualTo(1);
        assertThat(new ColumnSchema(TaosType.NULL, 0).userLength()).isEqualTo(1);
    }
}
