package nl.groepskracht.holidays;

/** The three regions the Dutch school holidays are set for (Rijksoverheid). */
public enum SchoolRegion {
    NOORD, MIDDEN, ZUID
}
