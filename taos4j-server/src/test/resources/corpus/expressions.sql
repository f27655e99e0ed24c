# Expressions, GROUP BY / PARTITION BY / HAVING / DISTINCT / ORDER BY / LIMIT, subqueries and UNION
# (tdengine-sql.md §6.1-6.6, §6.9, §6.10). Expected values computed by hand from TDengine's rules.

statement ok 0
create database c_expr

statement ok 0
use c_expr

statement ok 0
create stable st (ts timestamp, v int, f double, s varchar(10), b bool) tags (g int, loc varchar(10))

statement ok 4
insert into t1 using st tags (1, 'alpha') values ('2024-01-01 00:00:00', 1, 1.5, 'apple', true) ('2024-01-01 00:00:01', NULL, 2.5, 'Banana', false) ('2024-01-01 00:00:03', 3, NULL, 'cherry', NULL) ('2024-01-01 00:00:07', 7, 7.25, NULL, true)

statement ok 2
insert into t2 using st tags (2, 'beta') values ('2024-01-01 00:00:00', 10, 0.5, 'date', false) ('2024-01-01 00:00:02', 20, 1.0, 'elder', true)

statement ok 0
create stable js (ts timestamp, v int) tags (j json)

statement ok 3
insert into j1 using js tags ('{"k":"v","n":1}') values ('2024-01-01', 1) j2 using js tags ('{"k":"w","n":2.5}') values ('2024-01-01', 2) j3 using js tags ('{"m":true}') values ('2024-01-01', 3)

# ---- arithmetic: every + - * / % result is DOUBLE; unary minus is DOUBLE, unary plus is dropped

query
select v + 1, v - 1, v * 2, v / 2, v % 2 from t1 where v is not null
----
v + 1 DOUBLE | v - 1 DOUBLE | v * 2 DOUBLE | v / 2 DOUBLE | v % 2 DOUBLE
2.0 | 0.0 | 2.0 | 0.5 | 1.0
4.0 | 2.0 | 6.0 | 1.5 | 1.0
8.0 | 6.0 | 14.0 | 3.5 | 1.0

query
select -v, +v, -(v) from t1 where ts = '2024-01-01 00:00:00'
----
-v DOUBLE | v INT | -(v) DOUBLE
-1.0 | 1 | -1.0

query
select v / 0, v % 0, 5 % 3, -5 % 3, 5.5 % 2 from t2 limit 1
----
v / 0 DOUBLE | v % 0 DOUBLE | 5 % 3 DOUBLE | -5 % 3 DOUBLE | 5.5 % 2 DOUBLE
NULL | NULL | 2.0 | -2.0 | 1.5

query
select v & 3, v | 8 from t2
----
v & 3 BIGINT | v | 8 BIGINT
2 | 10
0 | 28

query
select f + v, f * 2 from t1
----
f + v DOUBLE | f * 2 DOUBLE
2.5 | 3.0
NULL | 5.0
NULL | NULL
14.25 | 14.5

# a non-numeric string counts as 0 in arithmetic
query
select v + 'a', v + '2' from t2
----
v + 'a' DOUBLE | v + '2' DOUBLE
10.0 | 12.0
20.0 | 22.0

# ---- comparisons, IN, BETWEEN, IS NULL: BOOL, and a comparison with NULL is false

query
select v > 1, v = 3, v in (1, 7), v between 2 and 7, v is null from t1
----
v > 1 BOOL | v = 3 BOOL | v in (1, 7) BOOL | v between 2 and 7 BOOL | v is null BOOL
false | false | true | false | false
false | false | false | false | true
true | true | false | true | false
true | false | true | true | false

query
select count(*) from st where v not in (1, 10)
----
count(*) BIGINT
3

query
select count(*) from st where not (v = 1)
----
count(*) BIGINT
5

query
select count(*) from st where v != 1
----
count(*) BIGINT
4

query
select count(*) from st where v <> 1 and v < 20
----
count(*) BIGINT
3

query
select count(*) from st where v between 7 and 1
----
count(*) BIGINT
0

query
select count(*) from st where v not between 2 and 10
----
count(*) BIGINT
2

query
select count(*) from st where f is null or s is null
----
count(*) BIGINT
2

query
select count(*) from st where b is not null and b = true
----
count(*) BIGINT
3

# a bare column is a condition only as the whole WHERE; as an AND operand the grammar wants a predicate
statement error 0x2601 Incomplete SQL statement
select count(*) from st where b is not null and b

# ---- LIKE (ASCII case-insensitive), MATCH / NMATCH (POSIX regular expressions, case-sensitive)

query
select s from t1 where s like 'b%'
----
s VARCHAR(10)
Banana

query
select s from st where s like '_a%' order by s
----
s VARCHAR(10)
Banana
date

query
select s from t1 where s not like '%an%'
----
s VARCHAR(10)
apple
cherry

query
select s from st where s match '^[a-c]' order by s
----
s VARCHAR(10)
apple
cherry

query
select s from t1 where s nmatch 'e'
----
s VARCHAR(10)
Banana

query
select loc, s from st where loc regexp 'ta$' order by s
----
loc VARCHAR(10) | s VARCHAR(10)
beta | date
beta | elder

query
select s like 'APPLE', s match 'App' from t1 limit 1
----
s like 'APPLE' BOOL | s match 'App' BOOL
true | false

# ---- CASE: the result type is the common type of the branches

# labels are cut to 64 bytes
query
select v, case when v > 2 then 'big' when v > 0 then 'small' else 'none' end from t1
----
v INT | case when v > 2 then 'big' when v > 0 then 'small' else 'none' e VARCHAR(5)
1 | small
NULL | none
3 | big
7 | big

query
select case v when 1 then 10 when 3 then 30 end from t1
----
case v when 1 then 10 when 3 then 30 end BIGINT
10
NULL
30
NULL

query
select case v when 1 then 1.5 else 2 end from t1
----
case v when 1 then 1.5 else 2 end VARCHAR(63)
1.5
2
2
2

query
select case when b then f else 0.5 end as x from t1
----
x DOUBLE
1.5
0.5
0.5
7.25

query
select case when v > 5 then v else 0 end from st where v is not null
----
case when v > 5 then v else 0 end BIGINT
0
0
7
10
20

# ---- CAST

query
select cast(v as varchar(5)), cast(f as int), cast('12' as bigint), cast(1.5 as int) from t1 limit 1
----
cast(v as varchar(5)) VARCHAR(5) | cast(f as int) INT | cast('12' as bigint) BIGINT | cast(1.5 as int) INT
1 | 1 | 12 | 1

query
select cast(ts as bigint), cast(v as varchar) from t2
----
cast(ts as bigint) BIGINT | cast(v as varchar) VARCHAR(65517)
1704067200000 | 10
1704067202000 | 20

query
select cast('2024-01-01 00:00:00' as timestamp) + 1
----
cast('2024-01-01 00:00:00' as timestamp) + 1 TIMESTAMP
2024-01-01 00:00:00.001

# ---- JSON tags: -> gives JSON (NULL for a missing key), CONTAINS a BOOL, arithmetic a DOUBLE

query
select tbname, j->'k' from js order by tbname
----
tbname VARCHAR(270) | j->'k' JSON
j1 | "v"
j2 | "w"
j3 | NULL

query
select tbname from js where j contains 'n' order by tbname
----
tbname VARCHAR(270)
j1
j2

query
select v from js where j->'k' = 'v'
----
v INT
1

query
select j->'n' + 1 from js order by v
----
j->'n' + 1 DOUBLE
2.0
3.5
NULL

# ---- timestamp arithmetic with durations (n and y are calendar months and years)

query
select ts + 1s, ts - 1d, ts + 1n, ts + 1y, ts - 1, ts + v from t2 limit 1
----
ts + 1s TIMESTAMP | ts - 1d TIMESTAMP | ts + 1n TIMESTAMP | ts + 1y TIMESTAMP | ts - 1 TIMESTAMP | ts + v TIMESTAMP
2024-01-01 00:00:01.000 | 2023-12-31 00:00:00.000 | 2024-02-01 00:00:00.000 | 2025-01-01 00:00:00.000 | 2023-12-31 23:59:59.999 | 2024-01-01 00:00:00.010

query
select count(*) from t1 where ts > '2024-01-01 00:00:00' and ts <= '2024-01-01 00:00:03'
----
count(*) BIGINT
2

statement error 0x0200 Invalid operation
select ts - ts from t1

statement error 0x0200 Invalid operation
select ts + '1' from t1

# ---- GROUP BY (tags, tbname, expressions, positions), HAVING

query
select g, count(*), sum(v) from st group by g order by g
----
g INT | count(*) BIGINT | sum(v) BIGINT
1 | 4 | 11
2 | 2 | 30

query
select tbname, avg(f) from st group by tbname order by tbname
----
tbname VARCHAR(270) | avg(f) DOUBLE
t1 | 3.75
t2 | 0.75

query
select v % 2, count(*) from st where v is not null group by v % 2 order by 1
----
v % 2 DOUBLE | count(*) BIGINT
0.0 | 2
1.0 | 3

query
select b, count(*) from st group by 1 order by 1
----
b BOOL | count(*) BIGINT
NULL | 1
false | 2
true | 3

query
select loc l, count(*) c from st group by l order by c desc
----
l VARCHAR(10) | c BIGINT
alpha | 4
beta | 2

query
select tbname, count(*) from st group by tbname having count(*) > 2
----
tbname VARCHAR(270) | count(*) BIGINT
t1 | 4

query
select g, max(v) from st group by g having max(v) > 5 and min(v) < 5 order by g
----
g INT | max(v) INT
1 | 7

statement error 0x260C Not a single-group group function
select count(*), v from t1

# ---- PARTITION BY

query
select tbname, count(*) from st partition by tbname order by tbname
----
tbname VARCHAR(270) | count(*) BIGINT
t1 | 4
t2 | 2

query rowsort
select tbname, v from st partition by tbname limit 1
----
tbname VARCHAR(270) | v INT
t1 | 1
t2 | 10

query
select loc, avg(v) from st partition by loc order by loc
----
loc VARCHAR(10) | avg(v) DOUBLE
alpha | 3.6666666666666665
beta | 15.0

# ---- DISTINCT, ORDER BY (alias, position, NULLS FIRST/LAST), LIMIT/OFFSET

query
select distinct g, loc from st order by g
----
g INT | loc VARCHAR(10)
1 | alpha
2 | beta

query
select distinct b from t1 order by b
----
b BOOL
NULL
false
true

query
select v from t1 order by v desc nulls first
----
v INT
NULL
7
3
1

query
select v from t1 order by v nulls last
----
v INT
1
3
7
NULL

query
select v * 10 as x from t1 where v is not null order by x desc
----
x DOUBLE
70.0
30.0
10.0

query
select s, v from t2 order by 2 desc
----
s VARCHAR(10) | v INT
elder | 20
date | 10

query
select v from st order by v limit 2 offset 1
----
v INT
1
3

query
select v from st order by v limit 1, 2
----
v INT
1
3

statement error 0x2602 Invalid column name: zz
select v from t1 order by zz

# ---- subqueries in FROM

query
select avg(x) from (select v * 2 as x from st)
----
avg(x) DOUBLE
16.4

query
select t.vv from (select ts, v as vv from t2) t order by t.vv desc
----
vv INT
20
10

query
select g, max(c) from (select tbname, g, count(*) c from st group by tbname, g) group by g order by g
----
g INT | max(c) BIGINT
1 | 4
2 | 2

# ---- UNION ALL keeps duplicates, UNION removes them; types follow the first branch

query
select v from t2 union all select v from t2 order by v
----
v INT
10
10
20
20

query
select g from st union select g from st order by g
----
g INT
1
2

query rowsort
select 'x' as k, count(*) from t1 union all select 'y', count(*) from t2
----
k VARCHAR(1) | count(*) BIGINT
x | 4
y | 2

statement error 0x2634 Query block has incorrect number of result columns
select v from t1 union all select v, f from t1
