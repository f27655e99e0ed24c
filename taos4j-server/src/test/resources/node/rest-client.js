// Runs TDengine's REST client for Node.js (@tdengine/rest) against the server on TAOS_PORT and prints what it
// got as one JSON line per statement; exits non-zero on any failure.
const { options, connect } = require('@tdengine/rest');

options.host = '127.0.0.1';
options.port = parseInt(process.env.TAOS_PORT, 10);
options.path = '/rest/sql';
options.scheme = 'http';
options.user = 'root';
options.passwd = 'taosdata';

(async () => {
    const cursor = connect(options).cursor();
    const statements = [
        'create database if not exists node_rest precision \'ms\'',
        'create stable if not exists node_rest.meters (ts timestamp, current float, voltage int, note nchar(8))'
            + ' tags (location varchar(24))',
        'insert into node_rest.d1 using node_rest.meters tags (\'SF\') values (1700000000000, 10.5, 220, \'ok\')'
            + ' (1700000000001, 11.25, 221, null)',
        'select ts, current, voltage, note, location from node_rest.meters order by ts',
        'select * from node_rest.nothing',
    ];
    for (const sql of statements) {
        const r = await cursor.query(sql);
        console.log(JSON.stringify({
            affected: r.getAffectRows(), meta: r.getMeta(), data: r.getData(),
            code: r.getErrCode(), desc: r.getErrStr(),
        }));
    }
})().catch((e) => {
    console.error(e);
    process.exit(1);
});
