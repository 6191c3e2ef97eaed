package org.entente.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.entente.ingest.TextFiles;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Prefixes;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store's default graph, the union of its named graphs.",
                "SELECT and ASK results print as a table, CSV, TSV or JSON; CONSTRUCT and DESCRIBE as Turtle.",
                "The project's prefixes (gpo:, nif:, state:, claim: ...) are predeclared."})
final class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    StoreOption store;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The query text.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the query from this file.")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        String where = source.file == null ? "query" : source.file.toString();
        String text = source.file == null ? source.text : TextFiles.readUtf8(source.file);
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.store)) {
            PrefixMapping prefixes = PrefixMapping.Factory.create()
                    .setNsPrefixes(Prefixes.of(new IriScheme(kg.base().orElse(IriScheme.DEFAULT_BASE))));
            Query query = parse(where, text, prefixes);
            Txn.executeRead(kg.dataset(), () -> {
                try (QueryExecution exec = QueryExecution.dataset(kg.dataset()).query(query)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    print(exec, query, prefixes);
                }
            });
        }
        return 0;
    }

    private static Query parse(String where, String text, PrefixMapping prefixes) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(prefixes);
        try {
            return QueryFactory.parse(query, text, null, null);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(where + ":" + Math.max(e.getLine(), 1) + ": SPARQL syntax error: "
                    + e.getMessage().lines().findFirst().orElse("").replaceFirst("^Line \\d+, column \\d+: ", ""));
        }
    }

    private void print(QueryExecution exec, Query query, PrefixMapping prefixes) {
        PrintWriter out = spec.commandLine().getOut();
        OutputStream stream = main.out;
        if (query.isSelectType()) {
            var results = exec.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(stream, results, prefixes);
                case csv -> ResultSetMgr.write(stream, results, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(stream, results, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(stream, results, ResultSetLang.RS_JSON);
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case table -> out.println(answer ? "yes" : "no");
                case csv -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_JSON);
            }
        } else {
            var model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            model.setNsPrefixes(prefixes);
            RDFDataMgr.write(stream, model, RDFFormat.TURTLE_PRETTY);
        }
        out.flush();
    }
}
