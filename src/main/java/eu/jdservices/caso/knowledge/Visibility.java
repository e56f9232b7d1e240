package eu.jdservices.caso.knowledge;

/** Who may read an article. */
public enum Visibility {

	/** Everyone: the public pages, suggestions in acknowledgements, agents. */
	PUBLIC,

	/** Agents only. */
	INTERNAL

}
