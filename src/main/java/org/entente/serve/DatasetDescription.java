package org.entente.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.entente.rdf.GPO;
import org.entente.rdf.Prefixes;
import org.entente.store.KnowledgeStore;

/**
 * The machine-readable description of the dataset (VoID and DCAT) and of the endpoint (SPARQL
 * Service Description), built from the store's current content and the server's address.
 */
final class DatasetDescription {

    private static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private final KnowledgeStore store;
    private final String base;
    private final boolean writable;
    /**
     * The answers of the counting queries, kept until the store changes: counting a large store
     * takes long, and the description is asked for far more often than the store is written.
     * A write replaces the map, so an answer read before it cannot land in the new one.
     */
    private volatile Map<String, List<QuerySolution>> answers = new ConcurrentHashMap<>();

    DatasetDescription(KnowledgeStore store, String base, boolean writable) {
        this.store = store;
        this.base = base;
        this.writable = writable;
    }

    /** VoID and DCAT: counts, partitions, endpoint, dumps with size and checksum, licence, Wikidata linkset. */
    Model voidAndDcat(String server, List<Dumps.Dump> dumps) {
        Model m = model();
        Resource dataset = m.createResource(server + "/.well-known/void#entente")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Entente: claims of geopolitics articles, with their evidence", "en")
                .addProperty(DCTerms.description, "Every claim that the published articles make (memberships, leaders, "
                        + "visits, meetings, exercises, trade restrictions, agreements, hypotheses), each tied to the "
                        + "exact words that support it, under the gpo: ontology.", "en")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(VOID.sparqlEndpoint, m.createResource(server + "/sparql"))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.vocabulary, m.createResource(GPO.NS))
                .addProperty(VOID.uriLookupEndpoint, m.createResource(server + "/id/"))
                .addProperty(DCAT.landingPage, m.createResource(server + "/"));
        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        dataset.addLiteral(VOID.triples, typed(triples));
        dataset.addLiteral(VOID.distinctSubjects, typed(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")));
        partitions(m, dataset, server);
        for (Dumps.Dump dump : dumps) {
            Resource file = m.createResource(server + "/dumps/" + dump.fileName());
            dataset.addProperty(VOID.dataDump, file);
            Resource distribution = m.createResource(server + "/dumps/" + dump.fileName() + "#distribution")
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + dump.mediaType()))
                    .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(dump.bytes()), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(DCTerms.license, m.createResource(LICENSE))
                    .addProperty(m.createProperty(SPDX, "checksum"), m.createResource(file.getURI() + "#sha256")
                            .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                            .addProperty(m.createProperty(SPDX, "checksumValue"), m.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary)));
            if (dump.gzip()) {
                distribution.addProperty(DCAT.compressFormat, m.createResource("https://www.iana.org/assignments/media-types/application/gzip"));
            }
            dataset.addProperty(DCAT.distribution, distribution);
        }
        long links = count("SELECT (COUNT(*) AS ?n) WHERE { ?s <" + OWL.sameAs.getURI() + "> ?o "
                + "FILTER STRSTARTS(STR(?o), \"" + Prefixes.WIKIDATA_ENTITY + "\") }");
        Resource wikidata = m.createResource("https://www.wikidata.org/").addProperty(RDF.type, VOID.Dataset)
                .addProperty(VOID.uriSpace, Prefixes.WIKIDATA_ENTITY);
        dataset.addProperty(VOID.subset, m.createResource(server + "/.well-known/void#wikidata-links")
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(VOID.linkPredicate, OWL.sameAs)
                .addProperty(VOID.subjectsTarget, dataset)
                .addProperty(VOID.objectsTarget, wikidata)
                .addLiteral(VOID.triples, typed(links)));
        return m;
    }

    /** The SPARQL Service Description of {@code /sparql}. */
    Model serviceDescription(String server) {
        Model m = model();
        Resource service = m.createResource(server + "/sparql")
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, m.createResource(server + "/sparql"))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph);
        if (writable) {
            service.addProperty(SD.supportedLanguage, SD.SPARQL11Update);
        }
        for (String format : SD.RESULT_FORMATS) {
            service.addProperty(SD.resultFormat, m.createResource(SD.FORMATS + format));
        }
        Resource dataset = m.createResource(server + "/sparql#dataset").addProperty(RDF.type, SD.Dataset)
                .addProperty(SD.defaultGraph, m.createResource(server + "/sparql#union").addProperty(RDF.type, SD.Graph)
                        .addLiteral(VOID.triples, typed(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))));
        service.addProperty(SD.defaultDataset, dataset);
        store.read(dsg -> {
            dsg.listGraphNodes().forEachRemaining(name -> dataset.addProperty(SD.namedGraph,
                    m.createResource(server + "/sparql#graph-" + Integer.toHexString(name.getURI().hashCode()))
                            .addProperty(RDF.type, SD.NamedGraph)
                            .addProperty(SD.name, m.createResource(name.getURI()))
                            .addLiteral(VOID.triples, typed(dsg.getGraph(name).size()))));
            return null;
        });
        return m;
    }

    private void partitions(Model m, Resource dataset, String server) {
        forEachRow("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c", row ->
                dataset.addProperty(VOID.classPartition, m.createResource(server + "/.well-known/void#class-"
                                + Integer.toHexString(row.getResource("c").getURI().hashCode()))
                        .addProperty(VOID._class, row.getResource("c"))
                        .addLiteral(VOID.entities, typed(row.getLiteral("n").getLong()))));
        forEachRow("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p", row ->
                dataset.addProperty(VOID.propertyPartition, m.createResource(server + "/.well-known/void#property-"
                                + Integer.toHexString(row.getResource("p").getURI().hashCode()))
                        .addProperty(VOID.property, row.getResource("p"))
                        .addLiteral(VOID.triples, typed(row.getLiteral("n").getLong()))));
    }

    private long count(String query) {
        long[] n = new long[1];
        forEachRow(query, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private void forEachRow(String query, Consumer<QuerySolution> action) {
        Map<String, List<QuerySolution>> current = answers;
        current.computeIfAbsent(query, q -> store.read(dsg -> {
            try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return ResultSetFormatter.toList(exec.execSelect());
            }
        })).forEach(action);
    }

    /** Forgets the counts: the store has been written. */
    void storeChanged() {
        answers = new ConcurrentHashMap<>();
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("sd", SD.NS)
                .setNsPrefix("spdx", SPDX).setNsPrefix("xsd", XSD.NS);
        return m;
    }

    private static Literal typed(long n) {
        return ModelFactory.createDefaultModel().createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
