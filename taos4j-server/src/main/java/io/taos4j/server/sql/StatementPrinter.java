package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.AdminStatement;
import io.taos4j.server.sql.ast.DatabaseStatement;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.SelectItem;
import io.taos4j.server.sql.ast.ShowStatement;
import io.taos4j.server.sql.ast.Statement;
import io.taos4j.server.sql.ast.TableStatement;
import io.taos4j.server.sql.ast.TableStatement.AlterAction;
import io.taos4j.server.sql.ast.TableStatement.ColumnDef;
import io.taos4j.server.sql.ast.TableStatement.TableOption;
import io.taos4j.server.sql.ast.TopicStatement;
import io.taos4j.server.sql.ast.UserStatement;
import java.util.List;

/** The non-query half of {@link AstPrinter}. */
final class StatementPrinter {
    private final AstPrinter p;

    private StatementPrinter(AstPrinter p) {
        this.p = p;
    }

    static void print(AstPrinter p, Statement s) {
        StatementPrinter sp = new StatementPrinter(p);
        if (s instanceof DatabaseStatement d) {
            sp.database(d);
        } else if (s instanceof TableStatement t) {
            sp.table(t);
        } else if (s instanceof ShowStatement sh) {
            sp.show(sh);
        } else if (s instanceof TopicStatement t) {
            sp.topic(t);
        } else if (s instanceof UserStatement u) {
            sp.user(u);
        } else {
            sp.admin((AdminStatement) s);
        }
    }

    private void options(String head, String name, List<Expr> values) {
        p.out().append(" (").append(head).append(' ').append(name);
        values.forEach(p::sub);
        p.out().append(')');
    }

    private void database(DatabaseStatement d) {
        if (d instanceof DatabaseStatement.CreateDatabase c) {
            p.open("create-database").flag(c.ifNotExists(), "if-not-exists").name(c.name());
            c.options().forEach(o -> options("opt", o.name(), o.values()));
            p.close();
        } else if (d instanceof DatabaseStatement.AlterDatabase a) {
            p.open("alter-database").name(a.name());
            a.options().forEach(o -> options("opt", o.name(), o.values()));
            p.close();
        } else if (d instanceof DatabaseStatement.DropDatabase x) {
            p.open("drop-database").flag(x.ifExists(), "if-exists").name(x.name()).flag(x.force(), "force").close();
        } else if (d instanceof DatabaseStatement.UseDatabase u) {
            p.open("use").name(u.name()).close();
        } else if (d instanceof DatabaseStatement.FlushDatabase f) {
            p.open("flush-database").name(f.name()).close();
        } else if (d instanceof DatabaseStatement.TrimDatabase t) {
            p.open("trim-database").name(t.name());
            if (t.bwlimit() != null) {
                p.word("(bwlimit " + t.bwlimit() + ")");
            }
            p.close();
        } else {
            DatabaseStatement.CompactDatabase c = (DatabaseStatement.CompactDatabase) d;
            p.open("compact-database").name(c.name()).optional("start", c.start()).optional("end", c.end()).close();
        }
    }

    private void column(ColumnDef c) {
        p.out().append(" (");
        p.bareName(c.name()).word(AstPrinter.type(c.type())).flag(c.compositeKey(), "composite-key");
        if (c.encode() != null) {
            p.word("(encode").string(c.encode()).close();
        }
        if (c.compress() != null) {
            p.word("(compress").string(c.compress()).close();
        }
        if (c.level() != null) {
            p.word("(level").string(c.level()).close();
        }
        p.out().append(')');
    }

    private void columns(String head, List<ColumnDef> defs) {
        p.out().append(" (").append(head);
        defs.forEach(this::column);
        p.out().append(')');
    }

    private void tableOptions(List<TableOption> opts) {
        opts.forEach(o -> options("opt", o.name(), o.values()));
    }

    private void table(TableStatement t) {
        if (t instanceof TableStatement.CreateTable c) {
            p.open("create-table").flag(c.ifNotExists(), "if-not-exists").flag(c.stableKeyword(), "stable")
                    .table(c.name());
            columns("columns", c.columns());
            if (c.tags() != null) {
                columns("tags", c.tags());
            }
            tableOptions(c.options());
            p.close();
        } else if (t instanceof TableStatement.CreateChildTables c) {
            p.open("create-child-tables");
            for (TableStatement.ChildTableDef d : c.tables()) {
                p.out().append(' ');
                p.open("child").flag(d.ifNotExists(), "if-not-exists").table(d.name());
                p.out().append(" (using");
                p.table(d.stable());
                p.out().append(')');
                if (d.tagNames() != null) {
                    p.out().append(" (tag-names");
                    d.tagNames().forEach(p::name);
                    p.out().append(')');
                }
                p.list("tags", d.tagValues());
                tableOptions(d.options());
                p.close();
            }
            p.close();
        } else if (t instanceof TableStatement.DropTable d) {
            p.open("drop-table");
            for (TableStatement.DropTarget target : d.targets()) {
                if (target.ifExists()) {
                    p.out().append(" (if-exists");
                    p.table(target.name());
                    p.out().append(')');
                } else {
                    p.table(target.name());
                }
            }
            p.close();
        } else if (t instanceof TableStatement.DropStable d) {
            p.open("drop-stable").flag(d.ifExists(), "if-exists").table(d.name()).close();
        } else if (t instanceof TableStatement.AlterTable a) {
            p.open(a.stableKeyword() ? "alter-stable" : "alter-table").table(a.name());
            p.out().append(' ');
            alterAction(a.action());
            p.close();
        } else if (t instanceof TableStatement.Describe d) {
            p.open("describe").table(d.name()).close();
        } else if (t instanceof TableStatement.Delete d) {
            p.open("delete").table(d.name()).optional("where", d.where()).close();
        } else {
            TableStatement.InsertQuery i = (TableStatement.InsertQuery) t;
            p.open("insert-query").table(i.target());
            if (i.columns() != null) {
                p.out().append(" (columns");
                i.columns().forEach(p::name);
                p.out().append(')');
            }
            p.out().append(' ');
            p.query(i.query());
            p.close();
        }
    }

    private void alterAction(AlterAction action) {
        if (action instanceof AlterAction.Add a) {
            p.open(a.tag() ? "add-tag" : "add-column");
            column(a.definition());
            p.close();
        } else if (action instanceof AlterAction.Drop d) {
            p.open(d.tag() ? "drop-tag" : "drop-column").name(d.name()).close();
        } else if (action instanceof AlterAction.ModifyType m) {
            p.open(m.tag() ? "modify-tag" : "modify-column").name(m.name()).word(AstPrinter.type(m.type())).close();
        } else if (action instanceof AlterAction.ModifyOptions m) {
            p.open("modify-column-options").name(m.name());
            if (m.encode() != null) {
                p.word("(encode").string(m.encode()).close();
            }
            if (m.compress() != null) {
                p.word("(compress").string(m.compress()).close();
            }
            if (m.level() != null) {
                p.word("(level").string(m.level()).close();
            }
            p.close();
        } else if (action instanceof AlterAction.Rename r) {
            p.open(r.tag() ? "rename-tag" : "rename-column").name(r.oldName()).name(r.newName()).close();
        } else if (action instanceof AlterAction.SetTags s) {
            p.open("set-tags");
            for (TableStatement.TagAssignment a : s.assignments()) {
                p.out().append(" (");
                p.bareName(a.name()).sub(a.value());
                p.out().append(')');
            }
            p.close();
        } else {
            p.open("set-options");
            tableOptions(((AlterAction.SetOptions) action).options());
            p.close();
        }
    }

    private void show(ShowStatement s) {
        if (s instanceof ShowStatement.ShowDatabases d) {
            p.open("show-databases").word(AstPrinter.lower(d.kind())).close();
        } else if (s instanceof ShowStatement.ShowTables t) {
            p.open("show-tables").word(AstPrinter.lower(t.kind()));
            dbAndLike(t.db(), t.like());
        } else if (s instanceof ShowStatement.ShowStables t) {
            p.open("show-stables");
            dbAndLike(t.db(), t.like());
        } else if (s instanceof ShowStatement.ShowViews v) {
            p.open("show-views");
            dbAndLike(v.db(), v.like());
        } else if (s instanceof ShowStatement.ShowCreate c) {
            p.open("show-create").word(AstPrinter.lower(c.kind()));
            if (c.db() != null) {
                p.name(c.db());
            } else {
                p.table(c.table());
            }
            p.close();
        } else if (s instanceof ShowStatement.ShowTags t) {
            p.open("show-tags").table(t.table()).close();
        } else if (s instanceof ShowStatement.ShowTableTags t) {
            p.open("show-table-tags");
            p.out().append(" (items");
            for (SelectItem item : t.items()) {
                p.selectItem(item);
            }
            p.out().append(')');
            p.table(t.stable()).close();
        } else if (s instanceof ShowStatement.ShowVariables v) {
            p.open("show-variables").word(AstPrinter.lower(v.scope()));
            if (v.dnode() != null) {
                p.word(v.dnode().toString());
            }
            p.optional("like", v.like()).close();
        } else {
            ShowStatement.ShowSimple x = (ShowStatement.ShowSimple) s;
            p.open("show").word(AstPrinter.lower(x.kind()));
            if (x.db() != null) {
                p.word("(db").name(x.db()).close();
            }
            if (x.table() != null) {
                p.table(x.table());
            }
            p.close();
        }
    }

    private void dbAndLike(String db, Expr like) {
        if (db != null) {
            p.word("(db").name(db).close();
        }
        p.optional("like", like).close();
    }

    private void topic(TopicStatement t) {
        if (t instanceof TopicStatement.CreateTopic c) {
            p.open("create-topic").flag(c.ifNotExists(), "if-not-exists").name(c.name());
            if (c.meta() != TopicStatement.TopicMeta.NONE) {
                p.word(AstPrinter.lower(c.meta()) + "-meta");
            }
            switch (c.kind()) {
                case QUERY -> {
                    p.out().append(' ');
                    p.query(c.query());
                }
                case DATABASE -> p.word("(database").name(c.db()).close();
                default -> p.word("(stable").table(c.stable()).close().optional("where", c.where());
            }
            p.close();
        } else if (t instanceof TopicStatement.DropTopic d) {
            p.open("drop-topic").flag(d.ifExists(), "if-exists").flag(d.force(), "force").name(d.name()).close();
        } else {
            TopicStatement.DropConsumerGroup d = (TopicStatement.DropConsumerGroup) t;
            p.open("drop-consumer-group").flag(d.ifExists(), "if-exists").flag(d.force(), "force").name(d.group())
                    .name(d.topic()).close();
        }
    }

    private void user(UserStatement u) {
        if (u instanceof UserStatement.CreateUser c) {
            p.open("create-user").flag(c.ifNotExists(), "if-not-exists").name(c.name()).string(c.password());
            c.options().forEach(o -> options("opt", o.name().replace(' ', '-'), o.values()));
            p.close();
        } else if (u instanceof UserStatement.AlterUser a) {
            p.open("alter-user").name(a.name());
            a.options().forEach(o -> options("opt", o.name().replace(' ', '-'), o.values()));
            p.close();
        } else if (u instanceof UserStatement.DropUser d) {
            p.open("drop-user").flag(d.ifExists(), "if-exists").name(d.name()).close();
        } else if (u instanceof UserStatement.Grant g) {
            privileges("grant", g.privileges(), g.level(), g.condition(), g.user());
        } else {
            UserStatement.Revoke r = (UserStatement.Revoke) u;
            privileges("revoke", r.privileges(), r.level(), r.condition(), r.user());
        }
    }

    private void privileges(String head, List<String> privileges, UserStatement.PrivilegeLevel level, Expr cond,
                            String user) {
        p.open(head).word("(" + String.join(" ", privileges) + ")");
        p.word(level.db() == null ? "(topic" : "(on");
        if (level.db() != null) {
            p.word(level.db() + "." + level.object()).close();
        } else {
            p.name(level.object()).close();
        }
        p.optional("with", cond).name(user).close();
    }

    private void admin(AdminStatement a) {
        if (a instanceof AdminStatement.Explain e) {
            p.open("explain").flag(e.analyze(), "analyze").flag(e.verbose(), "verbose");
            if (e.ratio() != null) {
                p.word("(ratio " + e.ratio() + ")");
            }
            p.out().append(' ');
            p.statement(e.statement());
            p.close();
        } else if (a instanceof AdminStatement.AlterLocal l) {
            p.open("alter-local").string(l.key());
            if (l.value() != null) {
                p.string(l.value());
            }
            p.close();
        } else if (a instanceof AdminStatement.ResetQueryCache) {
            p.open("reset-query-cache").close();
        } else if (a instanceof AdminStatement.KillQuery k) {
            p.open("kill-query").string(k.id()).close();
        } else if (a instanceof AdminStatement.KillConnection k) {
            p.open("kill-connection").word(Long.toString(k.id())).close();
        } else if (a instanceof AdminStatement.KillTransaction k) {
            p.open("kill-transaction").word(Long.toString(k.id())).close();
        } else {
            p.open("unsupported").string(((AdminStatement.Unsupported) a).what()).close();
        }
    }
}
