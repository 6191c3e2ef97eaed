package org.entente.serve;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SPARQL 1.1 Service Description terms, and the W3C format IRIs it names results by. */
final class SD {

    static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    static final Resource Service = ResourceFactory.createResource(NS + "Service");
    static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    static final Resource Graph = ResourceFactory.createResource(NS + "Graph");
    static final Resource NamedGraph = ResourceFactory.createResource(NS + "NamedGraph");
    static final Resource SPARQL11Query = ResourceFactory.createResource(NS + "SPARQL11Query");
    static final Resource SPARQL11Update = ResourceFactory.createResource(NS + "SPARQL11Update");
    static final Resource UnionDefaultGraph = ResourceFactory.createResource(NS + "UnionDefaultGraph");
    static final Property endpoint = ResourceFactory.createProperty(NS, "endpoint");
    static final Property supportedLanguage = ResourceFactory.createProperty(NS, "supportedLanguage");
    static final Property resultFormat = ResourceFactory.createProperty(NS, "resultFormat");
    static final Property feature = ResourceFactory.createProperty(NS, "feature");
    static final Property defaultDataset = ResourceFactory.createProperty(NS, "defaultDataset");
    static final Property defaultGraph = ResourceFactory.createProperty(NS, "defaultGraph");
    static final Property namedGraph = ResourceFactory.createProperty(NS, "namedGraph");
    static final Property name = ResourceFactory.createProperty(NS, "name");

    /** Result formats the endpoint writes: the local names of their W3C format IRIs. */
    static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"};

    private SD() {}
}
