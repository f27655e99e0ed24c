package io.taos4j.server.durable;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.storage.Storage;
import io.taos4j.server.storage.WriteBatch;
import java.util.ArrayList;
import java.util.List;

/** Payloads of log entries: write requests and deletes. */
final class BatchCodec {
    private static final int ABSENT = 0;
    private static final int ALL = 1;
    private static final int PARTIAL = 2;

    private BatchCodec() {
    }

    static void encodeWrite(List<Storage.TableWrite> writes, ByteSink out) {
        out.i32(writes.size());
        for (Storage.TableWrite w : writes) {
            WriteBatch b = w.batch();
            int rows = b.rows();
            out.i64(w.table().uid()).str(w.table().name()).i32(rows).i32(w.columnIds().length);
            for (int c = 0; c < w.columnIds().length; c++) {
                out.i32(w.columnIds()[c]).u8(w.types()[c].code());
                ColumnVector v = b.column(c);
                if (v == null) {
                    out.u8(ABSENT);
                    continue;
                }
                long[] absent = b.absentBits(c);
                if (absent == null) {
                    out.u8(ALL);
                } else {
                    out.u8(PARTIAL).i32(absent.length);
                    for (long word : absent) {
                        out.i64(word);
                    }
                }
                VectorCodec.encode(v, 0, rows, c == 0, out);
            }
        }
    }

    static List<LogEntry.TableRows> decodeWrite(ByteSource in) {
        int tables = in.count(1 << 24);
        List<LogEntry.TableRows> out = new ArrayList<>(tables);
        for (int t = 0; t < tables; t++) {
            long uid = in.i64();
            String name = in.str();
            int rows = in.count(in.remaining() / 8);
            int cols = in.count(1 << 16);
            int[] ids = new int[cols];
            TaosType[] types = new TaosType[cols];
            ColumnVector[] values = new ColumnVector[cols];
            long[][] absent = new long[cols][];
            for (int c = 0; c < cols; c++) {
                ids[c] = in.i32();
                types[c] = type(in.u8());
                int presence = in.u8();
                if (presence == ABSENT) {
                    continue;
                }
                if (presence == PARTIAL) {
                    long[] bits = new long[in.count((rows + 63) >>> 6)];
                    for (int i = 0; i < bits.length; i++) {
                        bits[i] = in.i64();
                    }
                    absent[c] = bits;
                } else if (presence != ALL) {
                    throw new ByteSource.Corrupt("bad column presence " + presence);
                }
                values[c] = VectorCodec.decode(in, types[c], rows, c == 0);
            }
            if (values[0] == null || types[0] != TaosType.TIMESTAMP) {
                throw new ByteSource.Corrupt("write without timestamps");
            }
            out.add(new LogEntry.TableRows(uid, name, ids, types, WriteBatch.of(values, absent)));
        }
        return out;
    }

    static void encodeDelete(long uid, String table, long from, long to, ByteSink out) {
        out.i64(uid).str(table).i64(from).i64(to);
    }

    static LogEntry.Delete decodeDelete(long version, ByteSource in) {
        return new LogEntry.Delete(version, in.i64(), in.str(), in.i64(), in.i64());
    }

    static TaosType type(int code) {
        TaosType t;
        try {
            t = TaosType.ofCode(code);
        } catch (RuntimeException e) {
            t = null;
        }
        if (t == null) {
            throw new ByteSource.Corrupt("unknown type code " + code);
        }
        return t;
    }
}
