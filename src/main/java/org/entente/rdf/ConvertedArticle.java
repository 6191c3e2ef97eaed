package org.entente.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** One article as RDF: its named graph and how many claims it holds. */
public record ConvertedArticle(String slug, Node graphName, Graph graph, int claims) {}
