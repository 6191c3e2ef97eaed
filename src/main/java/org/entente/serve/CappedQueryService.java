package org.entente.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query service with a cap on result rows. The rows of a SELECT without a LIMIT
 * (or with a larger one) are read up to cap + 1; when the extra row comes, the client gets the
 * first {@code cap} rows and a header saying the results were cut, so nothing is hidden. The
 * query itself is left as written: a LIMIT added to it would turn every ORDER BY into a top-N
 * sort sized for the cap, which made the endpoint markedly slower than plain Fuseki.
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    static final String TRUNCATED_HEADER = "Entente-Results-Truncated";
    private static final String CAPPED = CappedQueryService.class.getName() + ".capped";

    private final int cap;

    CappedQueryService(int cap) {
        this.cap = cap;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > cap)) {
            action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
        }
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (result.isRowSet() && action.getRequest().getAttribute(CAPPED) != null) {
            RowSet rows = result.rowSet();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext() && kept.size() <= cap) {
                kept.add(rows.next());
            }
            if (kept.size() > cap) {
                kept.remove(cap);
                action.setResponseHeader(TRUNCATED_HEADER, "true; rows=" + cap);
                action.setResponseHeader("Warning", "199 entente \"results cut at " + cap + " rows; add LIMIT/OFFSET to page\"");
            }
            result = new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        super.sendResults(action, result, prologue);
    }
}
