package eu.jdservices.caso.cases;

/**
 * Something that happened to a case, published for the other modules (timers, outbound)
 * after the case decided it. Every event of the module is one of these.
 */
public interface CaseEvent {

}
