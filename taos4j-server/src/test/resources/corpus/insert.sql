# Every INSERT form and the update rules (tdengine-sql.md §5)

statement ok
create database c_ins

statement ok
use c_ins

statement ok
create stable meters (ts timestamp, current float, voltage int, phase float) tags (groupid int, location varchar(24))

statement ok 3
insert into d1 using meters tags (2, 'SF') values ('2024-01-01 00:00:00', 10.3, 219, 0.31) ('2024-01-01 00:00:01', 12.6, 218, 0.33) ('2024-01-01 00:00:02', 12.3, 221, 0.31)

statement ok 2
insert into d1 values ('2024-01-01 00:00:03', 1, 1, 1), ('2024-01-01 00:00:04', 2, 2, 2)

statement ok 3
insert into d1 values ('2024-01-01 00:00:05', 1, 1, 1) d2 using meters tags (3, 'LA') values ('2024-01-01 00:00:00', 5, 5, 5) ('2024-01-01 00:00:01', NULL, NULL, NULL)

statement ok 1
import into d2 values ('2024-01-01 00:00:02', 6, 6, 6)

query
select ts, current, voltage from d2
----
ts TIMESTAMP | current FLOAT | voltage INT
2024-01-01 00:00:00.000 | 5.0 | 5
2024-01-01 00:00:01.000 | NULL | NULL
2024-01-01 00:00:02.000 | 6.0 | 6

# existing child: the USING tags are not applied
statement ok 1
insert into d1 using meters tags (99, 'other') values ('2024-01-01 00:00:06', 1, 1, 1)

query
select distinct groupid, location from d1
----
groupid INT | location VARCHAR(24)
2 | SF

statement ok 1
insert into d3 using meters (location) tags ('only-loc') (ts, current) values ('2024-01-01 00:00:00', 7)

query
select groupid, location, current, voltage from d3
----
groupid INT | location VARCHAR(24) | current FLOAT | voltage INT
NULL | only-loc | 7.0 | NULL

# integer ticks, duplicate timestamps, column lists
statement ok
create table dup (ts timestamp, a int, b int, c varchar(8))

statement ok 1
insert into dup values (1704067200000, 1, 1, 'x') (1704067200000, 2, 2, 'y') (1704067200000, 3, 3, 'z')

query
select a, b, c from dup
----
a INT | b INT | c VARCHAR(8)
3 | 3 | z

statement ok 1
insert into dup (ts, a) values ('2024-01-01 00:00:00', 10)

query
select a, b, c from dup
----
a INT | b INT | c VARCHAR(8)
10 | 3 | z

statement ok 1
insert into dup values ('2024-01-01 00:00:00', NULL, 5, NULL)

query
select a, b, c from dup
----
a INT | b INT | c VARCHAR(8)
NULL | 5 | NULL

statement ok 2
insert into dup (c, ts) values ('late', '2024-01-01 00:00:05') ('early', '2023-12-31 23:59:59')

query
select ts, a, c from dup order by ts
----
ts TIMESTAMP | a INT | c VARCHAR(8)
2023-12-31 23:59:59.000 | NULL | early
2024-01-01 00:00:00.000 | NULL | NULL
2024-01-01 00:00:05.000 | NULL | late

# the same table in several clauses with different column lists merges per column (update1_sort_merge)
statement ok
create table ct1 (ts timestamp, c1 int, c2 double, c3 varchar(8))

statement ok 1
insert into ct1(ts,c1,c2) values('2024-01-01 00:00:00',10,10),('2024-01-01 00:00:00',20,10.0),('2024-01-01 00:00:00',30,NULL) ct1(ts,c2) values('2024-01-01 00:00:00',10),('2024-01-01 00:00:00',100) ct1(ts,c3) values('2024-01-01 00:00:00','bin1'),('2024-01-01 00:00:00','bin2')

query
select c1, c2, c3 from ct1
----
c1 INT | c2 DOUBLE | c3 VARCHAR(8)
30 | 100.0 | bin2

# value conversions
statement ok
create table conv (ts timestamp, i int, ti tinyint, b bool, f float, vc varchar(5), ui int unsigned, vb varbinary(4))

statement ok 1
insert into conv values ('2024-01-01 00:00:00', 1.5, -0x10, 2, '1e3', 123, 0x1f, '\x0A0B')

query
select i, ti, b, f, vc, ui, vb from conv
----
i INT | ti TINYINT | b BOOL | f FLOAT | vc VARCHAR(5) | ui INT UNSIGNED | vb VARBINARY(4)
2 | -16 | true | 1000.0 | 123 | 31 | \x0A0B

statement ok 1
insert into conv (ts, i, b, vc) values ('2024-01-01 00:00:01', '-2.5', 'TRUE', 'null')

statement ok 1
insert into conv (ts, i, b, vc) values ('2024-01-01 00:00:02', 'null', 0, '')

query
select i, b, vc from conv where ts > '2024-01-01 00:00:00' order by ts
----
i INT | b BOOL | vc VARCHAR(5)
-3 | true | null
NULL | false | 

statement error 0x0216 syntax error near '128)' (tinyint data overflow)
insert into conv (ts, ti) values ('2024-01-01 00:00:01', 128)

statement error 0x0216 syntax error near '2147483648)' (int data overflow)
insert into conv (ts, i) values ('2024-01-01 00:00:01', 2147483648)

statement error 0x0216 syntax error near 'abc' (invalid int data)
insert into conv (ts, i) values ('2024-01-01 00:00:01', 'abc')

statement error 0x0216 syntax error near 't' (invalid bool data)
insert into conv (ts, b) values ('2024-01-01 00:00:01', 't')

statement error 0x0216 syntax error near '2024/01/01 00:00:00' (invalid timestamp)
insert into conv (ts, i) values ('2024/01/01 00:00:00', 1)

statement error 0x2653 Value too long for column/tag: vc
insert into conv (ts, vc) values ('2024-01-01 00:00:01', 'abcdef')

statement error 0x266A Invalid varbinary value: vb
insert into conv (ts, vb) values ('2024-01-01 00:00:01', 12)

statement error 0x2602 Invalid column name: zz
insert into conv (ts, zz) values ('2024-01-01 00:00:01', 1)

statement error 0x263F Illegal number of columns
insert into conv values ('2024-01-01 00:00:01', 1, 1, true, 1, 'a', 1, '', 99)

statement error 0x0216 syntax error near ')' (, expected)
insert into conv values ('2024-01-01 00:00:01', 1)

statement error 0x2603 Table does not exist
insert into nosuch values ('2024-01-01', 1)

statement error 0x0388 Database not exist
insert into nodb.t values ('2024-01-01', 1)

statement error 0x0200 Primary timestamp column should not be null
insert into conv (i) values (1)

statement error 0x0216 syntax error near 'null, 1)' (Primary timestamp column should not be null)
insert into conv (ts, i) values (null, 1)

statement error 0x060B Timestamp data out of range
insert into conv (ts, i) values (0, 1)

statement error 0x0200 proxy mode does not support csv loading
insert into conv file '/tmp/data.csv'

# a failing clause leaves the whole statement unwritten
statement error 0x0216 syntax error near 'abc' (invalid int data)
insert into conv (ts, i) values ('2024-01-02 00:00:00', 1) conv (ts, i) values ('2024-01-03 00:00:00', 'abc')

query
select count(*) from conv
----
count(*) BIGINT
3

# super table insert with tbname
statement ok 2
insert into meters (tbname, ts, current, groupid) values ('d5', '2024-01-01 00:00:00', 1.5, 9) ('d1', '2024-01-01 00:00:09', 2.5, 777)

query
select tbname, groupid, current from meters where ts = '2024-01-01 00:00:09'
----
tbname VARCHAR(270) | groupid INT | current FLOAT
d1 | 2 | 2.5

query
select groupid, location, current from d5
----
groupid INT | location VARCHAR(24) | current FLOAT
9 | NULL | 1.5

statement error 0x0216 syntax error near ' values (now, 1, 1, 1)' ((...tbname, ts...) bounded cols is expected for supertable insertion)
insert into meters values (now, 1, 1, 1)

statement error 0x0200 tbname can not contain '.'
insert into meters (tbname, ts, current) values ('a.b', '2024-01-01', 1)

# INSERT ... SELECT reports the rows the query produced
statement ok
create table copy (ts timestamp, current float)

statement ok 8
insert into copy select ts, current from d1

statement ok 8
insert into copy select ts, current from d1

query
select count(*), sum(current) from copy
----
count(*) BIGINT | sum(current) DOUBLE
8 | 42.70000076293945
