/**
 * Functions that return their own number of rows per partition (tdengine-sql.md §7.2, §7.3): the time-series
 * functions DIFF, DERIVATIVE, CSUM, MAVG, STATECOUNT, STATEDURATION, and the multi-row selections TOP, BOTTOM,
 * SAMPLE, TAIL, UNIQUE. Each output row comes from one input row, whose other columns the query may select too.
 */
package io.taos4j.server.query.series;
