package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.catalog.SuperTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What a batch says about one super table: its columns and tags in first-seen order, each with the type the
 * payload gives it and the longest value seen (bytes of UTF-8 for VARCHAR and NCHAR, as TDengine measures them).
 * The schema planner later maps these onto the catalog's schema. Not thread-safe.
 */
final class SmlStable {
    final String name;

    String[] colNames = new String[8];
    TaosType[] colTypes = new TaosType[8];
    int[] colLens = new int[8];
    /** Last line that gave each column, to find a key given twice in one line. */
    int[] colLine = new int[8];
    /** Where each column's key first appears in the payload, or -1 (for messages). */
    int[] colPos = new int[8];
    int colCount;
    private final Map<String, Integer> colIndex = new HashMap<>();

    String[] tagNames = new String[4];
    TaosType[] tagTypes = new TaosType[4];
    int[] tagLens = new int[4];
    int[] tagPos = new int[4];
    int tagCount;
    private final Map<String, Integer> tagIndex = new HashMap<>();

    /** The key sequence of the previous line, so lines that repeat it find their columns by identity. */
    String[] seqKeys = new String[8];
    int[] seqCols = new int[8];

    /** Filled by the schema planner: batch column / tag index to position in the table schema. */
    int[] colToSchema;
    int[] tagToSchema;
    /** The table the batch writes to and its column types, once the schema is settled. */
    SuperTable table;
    TaosType[] tableTypes;

    SmlStable(String name) {
        this.name = name;
    }

    /** Index of column {@code key}, or -1. */
    int columnIndex(String key) {
        Integer i = colIndex.get(key);
        return i == null ? -1 : i;
    }

    /** Index of tag {@code key}, or -1. */
    int tagIndex(String key) {
        Integer i = tagIndex.get(key);
        return i == null ? -1 : i;
    }

    int addColumn(String key, TaosType type, int length, int position) {
        if (colCount == colNames.length) {
            int n = colCount * 2;
            colNames = Arrays.copyOf(colNames, n);
            colTypes = Arrays.copyOf(colTypes, n);
            colLens = Arrays.copyOf(colLens, n);
            colLine = Arrays.copyOf(colLine, n);
            colPos = Arrays.copyOf(colPos, n);
        }
        colPos[colCount] = position;
        colNames[colCount] = key;
        colTypes[colCount] = type;
        colLens[colCount] = length;
        colLine[colCount] = -1;
        colIndex.put(key, colCount);
        return colCount++;
    }

    int addTag(String key, TaosType type, int length, int position) {
        if (tagCount == tagNames.length) {
            int n = tagCount * 2;
            tagNames = Arrays.copyOf(tagNames, n);
            tagTypes = Arrays.copyOf(tagTypes, n);
            tagLens = Arrays.copyOf(tagLens, n);
            tagPos = Arrays.copyOf(tagPos, n);
        }
        tagPos[tagCount] = position;
        tagNames[tagCount] = key;
        tagTypes[tagCount] = type;
        tagLens[tagCount] = length;
        tagIndex.put(key, tagCount);
        return tagCount++;
    }

    /** Remembers that the {@code n}-th key of the current line is column {@code col}. */
    void remember(int n, String key, int col) {
        if (n >= seqKeys.length) {
            seqKeys = Arrays.copyOf(seqKeys, n * 2);
            seqCols = Arrays.copyOf(seqCols, n * 2);
        }
        seqKeys[n] = key;
        seqCols[n] = col;
    }
}
