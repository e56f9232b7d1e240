package eu.jdservices.caso.cases;

/**
 * A link of a case to another one.
 *
 * @param type how they are linked
 * @param other the other case
 */
record CaseLink(LinkType type, long other) {
}
