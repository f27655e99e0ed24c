# Error codes and messages for common mistakes (tdengine-sql.md §1.5); each statement fails alone and leaves
# the server usable.

statement error 0x2616 Database not specified
select * from t

statement error 0x0388 Database not exist
use nosuch

statement error 0x0388 Database not exist
select * from nosuch.t

statement error 0x0388 Database not exist
drop database nosuch

statement ok
create database c_err

statement error 0x0381 Database already exists
create database c_err

statement ok 0
create database if not exists c_err

statement ok
use c_err

statement error 0x2600 syntax error near "fro t"
select * fro t

statement error 0x2601 Incomplete SQL statement
select 1 +

statement error 0x2601 Incomplete SQL statement
create stable s0 (ts timestamp, v int)

statement error 0x2603 Table does not exist
select * from nosuch

statement error 0x2603 Table does not exist
drop table nosuch

statement ok
create stable meters (ts timestamp, current float, voltage int, phase float) tags (groupid int, location varchar(24))

statement ok
create table d1 using meters tags (2, 'SF')

statement ok
create table n1 (ts timestamp, v int, s varchar(4))

statement error 0x0603 Table already exists
create table n1 (ts timestamp, v int)

statement error 0x0603 Table already exists
create table d1 using meters tags (1, 'x')

statement error 0x0360 STable already exists
create stable meters (ts timestamp, v int) tags (t int)

statement error 0x0362 STable not exist
drop stable nosuch

statement error 0x061D Table already exists in other stables
create table if not exists n1 using meters tags (1, 'x')

statement error 0x061D Table already exists in other stables
insert into n1 using meters tags (1, 'x') values (now, 1, 1, 1)

statement error 0x263C Duplicated column names
create table dup (ts timestamp, v int, v float)

statement error 0x263C Duplicated column names
create stable dups (ts timestamp, v int) tags (v int)

statement error 0x2641 First column must be timestamp
create table nots (v int, ts timestamp)

statement error 0x263F Illegal number of columns
create table onlyts (ts timestamp)

statement error 0x2642 Invalid column length for var length type
create table toolong (ts timestamp, s varchar(65518))

statement error 0x2602 Invalid column name: zz
select zz from n1

statement error 0x2602 Invalid column name: zz
select * from n1 where zz > 1

statement error 0x2602 Invalid column name: zz
insert into n1 (ts, zz) values (now, 1)

statement error 0x263F Illegal number of columns
insert into n1 values (now, 1, 'a', 2)

statement error 0x260D Tags number not matched
create table d9 using meters tags (1)

statement error 0x0216 syntax error near 'abc' (invalid int data)
insert into n1 values (now, 'abc', 'a')

# a number is quoted with the rest of the statement (the value parser points into the text); a string alone
statement error 0x0216 syntax error near '2147483648, 'a')' (int data overflow)
insert into n1 values (now, 2147483648, 'a')

statement error 0x2653 Value too long for column/tag: s
insert into n1 values (now, 1, 'abcde')

statement error 0x0200 Invalid operation
select ts - ts from n1

statement error 0x0127 Invalid timestamp format
select * from n1 where ts > 'abc'

statement error 0x260C Not a single-group group function
select v, count(*) from n1

statement error 0x2802 Invalid parameter data type : max
select max(ts) from n1

statement error 0x2801 Invalid number of parameters : avg
select avg(v, v) from n1

statement error 0x0374 Func not exists
select nosuchfunc(v) from n1

statement error 0x2615 Interval cannot be less than 1 ms
select count(*) from n1 interval(1u)

statement error 0x2631 sliding value no larger than the interval value
select count(*) from n1 interval(1s) sliding(2s)

statement error 0x262F Interval offset should be shorter than interval
select count(*) from n1 interval(1s, 2s)

statement error 0x265E No valid function in window query
select ts from n1 interval(1s)

statement error 0x2655 The DELETE statement must only have a definite time window range
delete from n1 where v = 1

statement error 0x2619 Invalid option precision: xs
create database c_err2 precision 'xs'

# after all those failures the database still works and holds exactly what was written
statement ok 1
insert into n1 values ('2024-01-01 00:00:00', 1, 'a')

query
select * from n1
----
ts TIMESTAMP | v INT | s VARCHAR(4)
2024-01-01 00:00:00.000 | 1 | a

statement ok
drop database c_err

statement error 0x0388 Database not exist
select * from n1
