package org.entente.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes the project writes RDF with: the vocabularies it uses, then the resource kinds. */
public final class Prefixes {

    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    public static final String WIKIDATA_DIRECT = "http://www.wikidata.org/prop/direct/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    private Prefixes() {}

    public static Map<String, String> of(IriScheme iris) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("gpo", GPO.NS);
        prefixes.put("rdf", RDF.getURI());
        prefixes.put("rdfs", RDFS.getURI());
        prefixes.put("owl", OWL.getURI());
        prefixes.put("xsd", XSD.getURI());
        prefixes.put("skos", SKOS.getURI());
        prefixes.put("dcterms", DCTerms.getURI());
        prefixes.put("prov", PROV.NS);
        prefixes.put("schema", SCHEMA);
        prefixes.put("sem", SEM);
        prefixes.put("nif", NIF.NS);
        prefixes.put("wd", WIKIDATA_ENTITY);
        prefixes.put("wdt", WIKIDATA_DIRECT);
        prefixes.putAll(iris.resourcePrefixes());
        return prefixes;
    }
}
