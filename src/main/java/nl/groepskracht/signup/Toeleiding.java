package nl.groepskracht.signup;

import nl.groepskracht.directory.OrganisationKind;

/** "Hoe kwam u bij deze groep?": how a parent found the group (an optional answer). */
public enum Toeleiding {
    JGZ, BUURTTEAM, SCHOOL, HUISARTS, KINDEROPVANG, ANDERE_OUDER, FLYER_SOCIAL, ANDERS;

    /** The answer a referral by an organisation of this kind suggests (the parent may change it). */
    public static Toeleiding referredBy(OrganisationKind kind) {
        return switch (kind) {
            case JGZ -> JGZ;
            case BUURTTEAM -> BUURTTEAM;
            case SCHOOL -> SCHOOL;
            case HUISARTS -> HUISARTS;
            case KINDEROPVANG -> KINDEROPVANG;
            case WELZIJN, OTHER -> ANDERS;
        };
    }
}
