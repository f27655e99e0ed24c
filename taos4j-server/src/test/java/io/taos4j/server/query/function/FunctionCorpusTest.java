package io.taos4j.server.query.function;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The function corpus: calls on constants and on small columns with NULLs, each with its TDengine result type and
 * values (tdengine-sql.md §7/§8 observations, TDengine's function documentation examples, and sclfunc.c/builtins.c
 * rules). One row per line: {@code expression | type | values}, values separated by {@code ;}, a value in double
 * quotes when blanks matter; {@code ERR} rows give the error code and message. {@code ## <zone> <precision>} switches
 * the session; see {@link Calls} for the expression syntax.
 */
class FunctionCorpusTest {
    private static final String CORPUS = """
            ## UTC ms
            # ---- math (§7.4): same type as the input, or DOUBLE ----
            abs(-5) | bigint | 5
            abs({int: -5}) | int | 5
            abs({tinyint: -128}) | tinyint | -128
            abs({smallint: -300}) | smallint | 300
            abs({float: -1.5}) | float | 1.5
            abs(-2.25) | double | 2.25
            abs({int unsigned: 7}) | int unsigned | 7
            abs({bigint unsigned: 18446744073709551615}) | bigint unsigned | 18446744073709551615
            abs(null) | bigint | NULL
            abs([int: 1, null, -3]) | int | 1 ; NULL ; 3
            abs('a') | ERR | 0x2802 Invalid parameter data type : abs
            abs(true) | ERR | 0x2802 Invalid parameter data type : abs
            abs(ts'2024-01-01') | ERR | 0x2802 Invalid parameter data type : abs
            abs({decimal(10,2): 1.5}) | ERR | 0x2802 Invalid parameter data type : abs
            abs() | ERR | 0x2801 Invalid number of parameters : abs
            abs(1, 2) | ERR | 0x2801 Invalid number of parameters : abs
            ceil(1.2) | double | 2.0
            ceil({float: -1.5}) | float | -1.0
            ceil(5) | bigint | 5
            ceil(-0.5) | double | 0.0
            ceil([double: 1.1, null]) | double | 2.0 ; NULL
            floor(1.8) | double | 1.0
            floor(-1.2) | double | -2.0
            floor({smallint: -7}) | smallint | -7
            floor('1') | ERR | 0x2802 Invalid parameter data type : floor
            round(8888.88) | double | 8889.0
            round(8888.88,-1) | double | 8890.0
            round(2.5) | double | 3.0
            round(-2.5) | double | -3.0
            round({int: 15}, -1) | int | 20
            round({int: 14}, -1) | int | 10
            round({int: 8}) | int | 8
            round(1.2345, 2) | double | 1.23
            round({float: 2.5}) | float | 3.0
            round(null, 1) | bigint | NULL
            round(1.5, null) | double | NULL
            round([tinyint: 14, -15, null], -1) | tinyint | 10 ; -20 ; NULL
            round(1, 2, 3) | ERR | 0x2801 Invalid number of parameters : round
            truncate(8888.88, 0) | double | 8888.0
            truncate(8888.88, -1) | double | 8880.0
            truncate({int: 129}, -1) | int | 120
            truncate(1.999, 2) | double | 1.99
            truncate(-1.999, 2) | double | -1.99
            truncate(1) | ERR | 0x2801 Invalid number of parameters : truncate
            trunc(2.7) | double | 2.0
            sign(-1) | bigint | -1
            sign(0) | bigint | 0
            sign(1) | bigint | 1
            sign({float: -2.5}) | float | -1.0
            sign({int unsigned: 5}) | int unsigned | 1
            sign({decimal(10,2): 1}) | ERR | 0x2802 Invalid parameter data type : sign
            sqrt(4) | double | 2.0
            sqrt({int: 9}) | double | 3.0
            sqrt(-1) | double | NULL
            sin(0) | double | 0.0
            cos(0) | double | 1.0
            tan(0) | double | 0.0
            asin(1) | double | 1.5707963267948966
            asin(2) | double | NULL
            acos(1) | double | 0.0
            atan(1) | double | 0.7853981633974483
            exp(2) | double | 7.38905609893065
            exp(1000) | double | NULL
            ln(10) | double | 2.302585092994046
            ln(0) | double | NULL
            ln(-1) | double | NULL
            log(10) | double | 2.302585092994046
            log(100, 10) | double | 2.0
            log(8, 2) | double | 3.0
            log(-1) | double | NULL
            log(2, 1) | double | NULL
            log(1, 2, 3) | ERR | 0x2801 Invalid number of parameters : log
            pow(2, 10) | double | 1024.0
            pow(2, -1) | double | 0.5
            pow(10, 400) | double | NULL
            pow(2) | ERR | 0x2801 Invalid number of parameters : pow
            mod(7, 3) | double | 1.0
            mod(10, 3) | double | 1.0
            mod(1, 0) | double | NULL
            mod(-5, 3) | double | -2.0
            mod(5.5, 2) | double | 1.5
            mod([int: 7, null, 9], 4) | double | 3.0 ; NULL ; 1.0
            degrees(pi()) | double | 180.0
            radians(180) | double | 3.141592653589793
            pi() | double | 3.141592653589793
            pi(1) | ERR | 0x2801 Invalid number of parameters : pi
            rand(1) | double | 0.8401877171547095
            rand('a') | ERR | 0x2802 Invalid parameter data type : rand
            rand(1, 2) | ERR | 0x2801 Invalid number of parameters : rand
            # ---- greatest / least (3.3.6): common type, strings win ----
            greatest(1, 2.5) | double | 2.5
            least(1, 2) | bigint | 1
            greatest(1, '2') | varchar(23) | 2
            greatest('a', 'b') | varchar(1) | b
            greatest('a', 'bbb') | varchar(3) | bbb
            greatest(10, '9') | varchar(23) | 9
            least(1.5, 'a') | varchar(23) | 1.500000
            greatest(1, null) | varchar(0) | NULL
            greatest({int: 3}, {tinyint: 9}) | int | 9
            greatest({tinyint: 3}, {tinyint unsigned: 200}) | smallint | 200
            greatest({int: -1}, {bigint unsigned: 1}) | double | 1.0
            greatest(true, 5) | bigint | 5
            least(true, false) | bool | false
            greatest(ts'2024-01-01 00:00:00', 1) | timestamp | 2024-01-01T00:00:00Z
            greatest([int: 1, 5, null], 3) | bigint | 3 ; 5 ; NULL
            greatest({nchar(2): 'b'}, 'a') | varchar(8) | b
            greatest({decimal(10,2): 1}, 2) | ERR | 0x2802 Invalid parameter data type : greatest
            greatest(1) | ERR | 0x2801 Invalid number of parameters : greatest
            # ---- crc32 ----
            crc32(123) | int unsigned | 2286445522
            crc32(123.456) | int unsigned | 844093190
            crc32('') | int unsigned | 0
            crc32(null) | int unsigned | NULL
            crc32('This is a string') | int unsigned | 141976383
            crc32('这是一个字符串') | int unsigned | 1902862441
            crc32(to_timestamp('2000-01-01', 'yyyy-mm-dd hh24:mi:ss')) | int unsigned | 2274736693
            crc32(true) | int unsigned | 2212294583
            crc32() | ERR | 0x2801 Invalid number of parameters : crc32
            # ---- strings (§7.5) ----
            length('abc') | bigint | 3
            length('你好') | bigint | 6
            length({nchar(10): 'ab'}) | bigint | 8
            length({varbinary(4): 'ab'}) | bigint | 2
            length(null) | bigint | NULL
            length([varchar(5): 'a', null, '']) | bigint | 1 ; NULL ; 0
            length(1) | ERR | 0x2802 Invalid parameter data type : length
            char_length('Hello world') | bigint | 11
            char_length('你好 世界') | bigint | 5
            char_length({nchar(4): '你好'}) | bigint | 2
            char_length({varbinary(4): 'ab'}) | ERR | 0x2802 Invalid parameter data type : char_length
            concat('a', 'bc') | varchar(5) | abc
            concat('ab', {nchar(3): 'xyz'}) | nchar(7) | abxyz
            concat({nchar(2): 'x'}, {nchar(3): 'y'}) | nchar(5) | xy
            concat('a', null) | varchar(0) | NULL
            concat([varchar(3): 'x', null], 'y') | varchar(6) | xy ; NULL
            concat('a', 1) | ERR | 0x2802 Invalid parameter data type : concat
            concat('a') | ERR | 0x2801 Invalid number of parameters : concat
            concat('1','2','3','4','5','6','7','8','9') | ERR | 0x2801 Invalid number of parameters : concat
            concat('1','2','3','4','5','6','7','8') | varchar(22) | 12345678
            concat_ws('-', 'a', 'b') | varchar(7) | a-b
            concat_ws('-', 'a', 'b', 'c') | varchar(13) | a-b-c
            concat_ws('-', 'a', null, 'b') | varchar(0) | NULL
            concat_ws(', ', [varchar(2): 'x', null], 'y') | varchar(9) | x, y ; NULL
            concat_ws([varchar(1): '-'], 'a', 'b') | ERR | 0x2802 Invalid parameter data type : concat_ws
            concat_ws('-', 'a') | ERR | 0x2801 Invalid number of parameters : concat_ws
            concat_ws('-', 'a', 2) | ERR | 0x2802 Invalid parameter data type : concat_ws
            lower('ABC') | varchar(3) | abc
            upper('abc') | varchar(3) | ABC
            lower({nchar(5): 'ÄBC'}) | nchar(5) | äbc
            lower('ÄB') | varchar(3) | Äb
            upper([varchar(4): 'ab', null]) | varchar(4) | AB ; NULL
            upper(null) | ERR | 0x2802 Invalid parameter data type : upper
            lower(1) | ERR | 0x2802 Invalid parameter data type : lower
            ltrim('  a ') | varchar(2) | "a "
            rtrim(' a  ') | varchar(2) | " a"
            ltrim([varchar(5): ' x', null]) | varchar(5) | x ; NULL
            rtrim({nchar(4): 'x　'}) | nchar(4) | x
            ltrim(null) | ERR | 0x2802 Invalid parameter data type : ltrim
            trim('both', '        a         ') | varchar(18) | a
            trim('leading', '        a         ') | varchar(18) | "a         "
            trim('trailing', '  a  ') | varchar(5) | "  a"
            trim('leading', 'b', 'bbbbbbbba         ') | varchar(18) | "a         "
            trim('both', 'b', 'bbbbbabbbbbb') | varchar(12) | a
            trim('both', 'ab', 'abacd') | varchar(5) | acd
            trim('leading', 'a', 'aaa') | varchar(3) | a
            trim('trailing', 'a', 'aaa') | varchar(3) | ""
            trim('both', 'a', 'aaa') | varchar(3) | ""
            trim('BOTH', 'x', 'xyx') | varchar(3) | y
            trim('both', {nchar(4): ' x '}) | nchar(17) | x
            trim('both', null, 'xax') | varchar(3) | NULL
            trim('both', [varchar(3): ' a ', null]) | varchar(3) | a ; NULL
            trim('middle', 'x') | ERR | 0x2803 Invalid parameter value : trim
            trim('both', 'a', 'b', 'c') | ERR | 0x2801 Invalid number of parameters : trim
            substr('abcdef', -2) | varchar(6) | ef
            substring('tdengine', 0) | varchar(8) | ""
            substring('tdengine', 3) | varchar(8) | engine
            substring('tdengine', 3, 3) | varchar(8) | eng
            substring('tdengine', -3, 3) | varchar(8) | ine
            substring('tdengine', -3, -3) | varchar(8) | ""
            substr('abc', -5) | varchar(3) | abc
            substr('abc', 5) | varchar(3) | ""
            substr('abc', 2, 100) | varchar(3) | bc
            substr('你好世界', 2, 2) | varchar(12) | 好世
            substr({nchar(4): '你好世界'}, -1) | nchar(4) | 界
            substr([varchar(5): 'hello', null, 'hi'], 2, 2) | varchar(5) | el ; NULL ; i
            substr('abc', [int: 1, null, -1]) | varchar(3) | abc ; NULL ; c
            substr(null, 1) | varchar(0) | NULL
            substr('abc', 1.5) | ERR | 0x2802 Invalid parameter data type : substr
            substr('abc') | ERR | 0x2801 Invalid number of parameters : substr
            substring_index('www.tdengine.com', '.', 2) | varchar(16) | www.tdengine
            substring_index('www.tdengine.com', '.', -2) | varchar(16) | tdengine.com
            substring_index('a.b', '.', 0) | varchar(3) | ""
            substring_index('a.b', '.', 5) | varchar(3) | a.b
            substring_index('a.b', '.', -5) | varchar(3) | a.b
            substring_index('a::b::c', '::', -1) | varchar(7) | c
            substring_index('a.b', '.') | ERR | 0x2801 Invalid number of parameters : substring_index
            replace('aabbccAABBCC', 'AA', 'DD') | varchar(12) | aabbccDDBBCC
            replace('abc', 'b', 'xyz') | varchar(5) | axyzc
            replace('abc', '', 'x') | varchar(5) | abc
            replace('a你a', 'a', 'b') | varchar(5) | b你b
            replace([varchar(4): 'abab', null], 'b', '') | varchar(4) | aa ; NULL
            replace('abc', 'b') | ERR | 0x2801 Invalid number of parameters : replace
            repeat('abc', 5) | varchar(23) | abcabcabcabcabc
            repeat('abc', -1) | varchar(3) | ""
            repeat('ab', [int: 2, 0, null]) | varchar(65517) | abab ; "" ; NULL
            repeat({varchar(40000): 'a'}, 2) | ERR | 0x280E Function result exceed max length
            repeat('a', 'b') | ERR | 0x2802 Invalid parameter data type : repeat
            char(77) | varchar(4) | M
            char(77, 77) | varchar(8) | MM
            char(19789) | varchar(4) | MM
            char(77, null, 77) | varchar(12) | MM
            char('65', 66.7) | varchar(8) | AB
            char(65, 66) | varchar(8) | AB
            length(char(256)) | bigint | 2
            length(char(65536)) | bigint | 3
            char() | ERR | 0x2801 Invalid number of parameters : char
            ascii('testascii') | tinyint unsigned | 116
            ascii('') | tinyint unsigned | 0
            ascii('é') | tinyint unsigned | 195
            ascii(null) | tinyint unsigned | NULL
            ascii(65) | ERR | 0x2802 Invalid parameter data type : ascii
            position('a', 'cba') | bigint | 3
            position('', 'cba') | bigint | 1
            position('d', 'cba') | bigint | 0
            position('世', '你好世界') | bigint | 3
            position(null, 'a') | bigint | NULL
            position('b', [varchar(3): 'abc', null, 'bbb']) | bigint | 2 ; NULL ; 1
            position('a') | ERR | 0x2801 Invalid number of parameters : position
            md5('mytext') | varchar(32) | 947ef8c8db156a568d5974d71f7638f4
            md5(1) | ERR | 0x2802 Invalid parameter data type : md5
            sha('mytext') | varchar(40) | 65d922aad93c7e165ed888a2ab85befe9841fd39
            sha1('mytext') | varchar(40) | 65d922aad93c7e165ed888a2ab85befe9841fd39
            sha2('mytext', 224) | varchar(128) | 576e8f2cf59ebc59dd7659c48916f162ae0cf35937563999d5a7800e
            sha2('a', 100) | ERR | 0x2803 Invalid parameter value : sha2
            to_base64('Hello, world!') | varchar(20) | SGVsbG8sIHdvcmxkIQ==
            to_base64(14324) | varchar(88) | MTQzMjQ=
            to_base64('14324') | varchar(8) | MTQzMjQ=
            to_base64('你好 世界') | varchar(20) | 5L2g5aW9IOS4lueVjA==
            to_base64(null) | varchar(0) | NULL
            from_base64('SGVsbG8sIHdvcmxkIQ==') | varchar(17) | Hello, world!
            from_base64('!!') | varchar(2) | NULL
            # ---- conversion (§7.6) ----
            cast('abc' as int) | int | 0
            cast(300 as tinyint) | tinyint | 44
            cast(3000000000 as int) | int | -1294967296
            cast(-1 as int unsigned) | int unsigned | 4294967295
            cast('abcdef' as varchar(3)) | varchar(3) | abc
            cast(1.5 as int) | int | 1
            cast(1 as varchar) | varchar(65517) | 1
            cast(ts'2024-01-01 00:00:00' as bigint) | bigint | 1704067200000
            cast(ts'2024-01-01 00:00:00' as varchar(30)) | varchar(30) | 1704067200000
            cast('2024-01-01' as timestamp) | timestamp | 2024-01-01T00:00:00Z
            cast({varbinary(4): 'ab'} as varchar(4)) | ERR | 0x2802 Invalid parameter data type : cast
            to_iso8601(ts'2024-01-01 00:00:00') | varchar(62) | 2024-01-01T00:00:00.000+0000
            to_iso8601(ts'2024-01-01 00:00:00', '+08:00') | varchar(62) | 2024-01-01T08:00:00.000+08:00
            to_iso8601(ts'2024-01-01 00:00:00', 'Z') | varchar(62) | 2024-01-01T00:00:00.000Z
            to_iso8601(ts'2024-01-01 00:00:00', '-0530') | ERR | 0x2800 Invalid timzone format
            to_iso8601(ts'2024-01-01 00:00:00', '+0530') | varchar(62) | 2024-01-01T05:30:00.000+0530
            to_iso8601(1, '+00:00') | varchar(62) | 1970-01-01T00:00:00.001+00:00
            to_iso8601([bigint: 0, null]) | varchar(62) | 1970-01-01T00:00:00.000+0000 ; NULL
            to_iso8601(ts'2024-01-01 00:00:00', '+09:30') | ERR | 0x2800 Invalid timzone format
            to_iso8601('2024-01-01') | ERR | 0x2802 Invalid parameter data type : to_iso8601
            to_unixtimestamp('2024-01-01T00:00:00Z') | bigint | 1704067200000
            to_unixtimestamp('2024-01-01 00:00:00', 1) | timestamp | 2024-01-01T00:00:00Z
            to_unixtimestamp('2024-01-01 00:00:00', 0) | bigint | 1704067200000
            to_unixtimestamp('abc') | bigint | NULL
            to_unixtimestamp('x', 2) | ERR | 0x2803 Invalid parameter value : to_unixtimestamp
            to_unixtimestamp(1) | ERR | 0x2802 Invalid parameter data type : to_unixtimestamp
            to_char(ts'2024-01-01 00:00:00', 'yyyy-mm-dd hh24:mi:ss') | varchar(4094) | 2024-01-01 00:00:00
            to_char(ts'2023-10-10 14:05:09.123', 'YYYY-MONTH-DD Day HH12:MI:SS.MS pm') | varchar(4094) | "2023-OCTOBER  -10 Tuesday   02:05:09.123 pm"
            to_char(ts'2023-10-10 14:05:09.123', 'yy-mon-ddd dy d ns us') | varchar(4094) | 23-oct-283 tue 3 123000000 123000
            to_char(ts'2023-10-10 14:05:09.123', 'Mon DY Dy A.M. y yyy') | varchar(4094) | Oct TUE Tue P.M. 3 023
            to_char(ts'2023-09-01 00:00:00', 'Month-hh') | varchar(4094) | September-12
            to_char(ts'2023-10-10 00:00:00', '"yyyy" yyyy') | varchar(4094) | yyyy 2023
            to_char(ts'2023-10-10 00:00:00', '\\"yyyy-mm-dd\\"') | varchar(4094) | ""2023-10-10""
            to_char(ts'2023-10-10 00:00:00', 'tzh') | varchar(4094) | +00
            to_char('2024', 'yyyy') | ERR | 0x2802 Invalid parameter data type : to_char
            to_timestamp('2023-JANUARY-01', 'YYYY-month-dd') | timestamp | 2023-01-01T00:00:00Z
            to_timestamp('2023-22-10-10', 'yyyy-yy-MM-dd') | timestamp | 2022-10-10T00:00:00Z
            to_timestamp('200101/2', 'yyyyMM1/dd') | timestamp | 2001-01-02T00:00:00Z
            to_timestamp('  23 年 - 1 月 - 01 日  ', 'yy 年-MM月-dd日') | timestamp | 2023-01-01T00:00:00Z
            to_timestamp('2023-10-10 10:10:10 PM', 'yyyy-mm-dd hh:mi:ss AM') | timestamp | 2023-10-10T22:10:10Z
            to_timestamp('2023-10-10 12:00:00 am', 'yyyy-mm-dd hh12:mi:ss pm') | timestamp | 2023-10-10T00:00:00Z
            to_timestamp('2023-10-10 10:10:10+08', 'yyyy-mm-dd hh24:mi:sstzh') | timestamp | 2023-10-10T02:10:10Z
            to_timestamp('2023-13-01', 'yyyy-mm-dd') | ERR | 0x2807 Func to_timestamp failed for wrong timestamp
            to_timestamp('2023-ab', 'yyyy-mm') | ERR | 0x2806 Func to_timestamp failed for format mismatch
            to_timestamp('2023-100', 'yyyy-ddd') | ERR | 0x2808 Func to_timestamp failed for unsupported timestamp format
            to_timestamp('2023') | ERR | 0x2801 Invalid number of parameters : to_timestamp
            to_json('{"k":1,"a":"x"}') | json | {"a":"x","k":1}
            to_json('{}') | json | NULL
            to_json('[1]') | json | NULL
            to_json([varchar(9): '{"k":1}']) | ERR | 0x2802 Invalid parameter data type : to_json
            # ---- time (§7.7) ----
            now() | timestamp | 2024-03-15T10:20:30.123Z
            today() | timestamp | 2024-03-15T00:00:00Z
            timezone() | varchar(94) | Etc/UTC (UTC, +0000)
            now(1) | ERR | 0x2801 Invalid number of parameters : now
            timediff('2022-01-01 08:00:00', '2022-01-01 08:00:01', 1s) | bigint | -1
            timediff('2022-01-01 08:00:01', '2022-01-01 08:00:00', 1s) | bigint | 1
            timediff(ts'2024-01-01 00:00:00', '2024-01-01 00:00:10') | bigint | -10000
            timediff(ts'2024-01-01 00:00:00', '2024-01-01 00:00:10', 1m) | bigint | 0
            timediff('2024-01-02', '2024-01-01', 1d) | bigint | 1
            timediff('2024-01-15', '2024-01-01', 1w) | bigint | 2
            timediff('2024-01-01', '2024-01-01 00:00:01', 1a) | bigint | -1000
            timediff('2024-01-01 01:00:00', '2024-01-01', 1h) | bigint | 1
            timediff(1704067200, 1704067100) | bigint | 100000
            timediff(1704067200000, 1704067100000, 1s) | bigint | 100
            timediff(12345, 1) | bigint | 12344000
            timediff(123456789012, 1) | bigint | NULL
            timediff('abc', '2024-01-01') | bigint | NULL
            timediff(null, '2024-01-01') | bigint | NULL
            timediff('2024-01-01 00:00:02', '2024-01-01', null) | bigint | 2000
            timediff([timestamp: '2024-01-01 00:00:01', null], '2024-01-01') | bigint | 1000 ; NULL
            timediff('2024-01-01', '2024-01-01', 2s) | ERR | 0x280A Invalid timzone format : timediff
            timediff('2024-01-01', '2024-01-01', 1u) | ERR | 0x280B Time unit is too small : timediff
            timediff('2024-01-01', '2024-01-01', [bigint: 1000]) | ERR | 0x2802 Invalid parameter data type : timediff
            timediff('2024-01-01') | ERR | 0x2801 Invalid number of parameters : timediff
            timetruncate(ts'2024-01-03 12:34:56', 1w) | timestamp | 2023-12-28T00:00:00Z
            timetruncate(ts'2024-01-01 12:34:56.789', 1s) | timestamp | 2024-01-01T12:34:56Z
            timetruncate(ts'2024-01-01 12:34:56.789', 1h) | timestamp | 2024-01-01T12:00:00Z
            timetruncate(ts'2024-01-01 12:34:56.789', 1d) | timestamp | 2024-01-01T00:00:00Z
            timetruncate(1704067200123, 1s) | timestamp | 2024-01-01T00:00:00Z
            timetruncate('2024-01-01 12:34:56', 1m) | timestamp | 2024-01-01T12:34:00Z
            timetruncate([timestamp: '2024-01-01 10:00:00', null], 1d) | timestamp | 2024-01-01T00:00:00Z ; NULL
            timetruncate('abc', 1d) | timestamp | NULL
            timetruncate(ts'2024-01-01 00:00:00', 2d) | ERR | 0x280A Invalid timzone format : timetruncate
            timetruncate(ts'2024-01-01 00:00:00', 1d, 2) | ERR | 0x2803 Invalid parameter value : timetruncate
            timetruncate(ts'2024-01-01 00:00:00', 1u) | ERR | 0x280B Time unit is too small : timetruncate
            timetruncate(ts'2024-01-01 00:00:00') | ERR | 0x2801 Invalid number of parameters : timetruncate
            week('2000-01-01', 0) | bigint | 0
            week('2000-01-01', 1) | bigint | 0
            week('2000-01-01', 2) | bigint | 52
            week('2000-01-01', 3) | bigint | 52
            week('2000-01-01', 4) | bigint | 0
            week('2000-01-01', 5) | bigint | 0
            week('2000-01-01', 6) | bigint | 52
            week('2000-01-01', 7) | bigint | 52
            week('2000-01-01') | bigint | 0
            week('2024-12-31', 3) | bigint | 1
            week('2024-06-15', 0) | bigint | 23
            week('2000-01-01', 8) | ERR | 0x2803 Invalid parameter value : week
            weekofyear('2000-01-01') | bigint | 52
            weekday('2000-01-01') | bigint | 5
            dayofweek('2000-01-01') | bigint | 7
            week('2024-01-01') | bigint | 0
            weekofyear('2024-01-01') | bigint | 1
            weekday('2024-01-01') | bigint | 0
            dayofweek('2024-01-01') | bigint | 2
            weekday(ts'2024-01-01 00:00:00') | bigint | 0
            weekday(1704067200000) | bigint | 0
            weekday([varchar(20): '2024-01-02', 'x', null]) | bigint | 1 ; NULL ; NULL
            weekday('2024-01-01T23:00:00Z') | bigint | 0
            weekday(1.5) | ERR | 0x2802 Invalid parameter data type : weekday
            # ---- system (§7.9) ----
            database() | varchar(63) | db1
            server_version() | varchar(7) | 3.3.8.0
            client_version() | varchar(7) | 3.3.8.0
            server_status() | int | 1
            current_user() | varchar(22) | root@localhost
            user() | varchar(22) | root@localhost
            database(1) | ERR | 0x2801 Invalid number of parameters : database
            ifnull(1, 2) | ERR | 0x0374 Func not exists
            coalesce(1, 2) | ERR | 0x0374 Func not exists
            nvl(1, 2) | ERR | 0x0374 Func not exists
            isnull(1) | ERR | 0x0374 Func not exists
            # ---- geometry (§7.8) ----
            st_geomfromtext('POINT(1 2)') | geometry(10) | \\x0101000000000000000000F03F0000000000000040
            st_astext(st_geomfromtext('POINT(1 2)')) | varchar(10) | POINT (1.000000 2.000000)
            st_astext(st_makepoint(1, 2)) | varchar(21) | POINT (1.000000 2.000000)
            st_geomfromtext('abc') | ERR | 0x2803 Invalid function para value
            st_astext('POINT(1 2)') | ERR | 0x2802 Invalid parameter data type : st_astext
            st_intersects(st_makepoint(1, 2), st_makepoint(1, 2)) | ERR | 0x0100 Operation not supported : st_intersects

            ## Asia/Shanghai ms
            timezone() | varchar(94) | Asia/Shanghai (CST, +0800)
            today() | timestamp | 2024-03-14T16:00:00Z
            timetruncate('2020-01-01 23:00:00', 1d, 0) | timestamp | 2020-01-01T00:00:00Z
            timetruncate('2020-01-01 23:00:00', 1d, 1) | timestamp | 2019-12-31T16:00:00Z
            timetruncate('2020-01-01 23:00:00', 1d) | timestamp | 2019-12-31T16:00:00Z
            timetruncate(ts'2024-01-03 12:00:00', 1w) | timestamp | 2023-12-27T16:00:00Z
            to_iso8601(ts'2024-01-01 08:00:00') | varchar(62) | 2024-01-01T08:00:00.000+0800
            to_char(ts'2024-01-01 08:00:00', 'yyyy-mm-dd hh24:mi:ss tzh') | varchar(4094) | 2024-01-01 08:00:00 +08
            to_timestamp('2024-01-01 08:00:00', 'yyyy-mm-dd hh24:mi:ss') | timestamp | 2024-01-01T00:00:00Z
            to_unixtimestamp('2024-03-01 00:00:00') | bigint | 1709222400000
            cast('2024-03-01 00:00:00' as timestamp) | timestamp | 2024-02-29T16:00:00Z
            weekday('2024-01-01T23:00:00Z') | bigint | 1
            timediff('2024-01-01 08:00:00', '2024-01-01T00:00:00Z') | bigint | 0
            crc32(ts'2000-01-01 00:00:00') | int unsigned | 2274736693

            ## UTC us
            now() | timestamp | 2024-03-15T10:20:30.123456Z
            cast('2024-01-01 00:00:00.1234567' as timestamp) | timestamp | 2024-01-01T00:00:00.123456Z
            to_iso8601(ts'2024-01-01 00:00:00.123456') | varchar(62) | 2024-01-01T00:00:00.123456+0000
            to_char(ts'2024-01-01 00:00:00.123456', 'ss.us ms') | varchar(4094) | 00.123456 123
            timetruncate(ts'2024-01-01 00:00:00.123456', 1a) | timestamp | 2024-01-01T00:00:00.123Z
            timetruncate(ts'2024-01-01 00:00:00.123456', 1u) | timestamp | 2024-01-01T00:00:00.123456Z
            timediff('2024-01-01 00:00:01', '2024-01-01') | bigint | 1000000
            timediff('2024-01-01 00:00:01', '2024-01-01', 1u) | bigint | 1000000
            timediff('2024-01-01', '2024-01-01', 1b) | ERR | 0x280B Time unit is too small : timediff
            to_unixtimestamp('2024-01-01T00:00:00.5Z') | bigint | 1704067200500000
            to_timestamp('2023-08-01 10:10:10.123456789', 'yyyy-mm-dd hh:mi:ss.ns') | timestamp | 2023-08-01T10:10:10.123456Z

            ## UTC ns
            now() | timestamp | 2024-03-15T10:20:30.123456789Z
            to_iso8601(ts'2024-01-01 00:00:00.123456789') | varchar(62) | 2024-01-01T00:00:00.123456789+0000
            to_char(ts'2024-01-01 00:00:00.123456789', 'ns') | varchar(4094) | 123456789
            timediff('2024-01-01 00:00:01', '2024-01-01', 1b) | bigint | 1000000000
            timediff('2024-01-01 00:00:01', '2024-01-01') | bigint | 1000000000
            timetruncate(ts'2024-01-01 00:00:00.123456789', 1u) | timestamp | 2024-01-01T00:00:00.123456Z
            to_timestamp('2023-10-10 10:10:10.123.000456.000000789', 'yyyy-mm-dd hh:mi:ss.ms.us.ns') | timestamp | 2023-10-10T10:10:10.123456789Z
            today() | timestamp | 2024-03-15T00:00:00Z
            """;

    static Stream<Arguments> corpus() {
        return Corpus.parse(CORPUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void call(Corpus.Case c) {
        Corpus.check(c);
    }
}
