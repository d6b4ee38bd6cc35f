package nl.groepskracht.directory;

/** The kinds of organisations professionals work for (DESIGN.md "Domain"). */
public enum OrganisationKind {
    JGZ, BUURTTEAM, SCHOOL, HUISARTS, KINDEROPVANG, WELZIJN, OTHER
}
