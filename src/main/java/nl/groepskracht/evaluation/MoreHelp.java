package nl.groepskracht.evaluation;

/** "Ik heb na deze groep nog andere hulp nodig": ja, nee, weet ik niet. */
public enum MoreHelp {
    YES, NO, UNSURE
}
