-- Groups of words that mean the same in this domain (issue 20): the knowledge search also looks for
-- the other words of a group. The adviseur keeps the list under "Kennisbank > Zoekwoorden"; a change
-- applies to the next search (the query is expanded, the index stays as it is). Words are separated
-- by commas; a word may be several words ("uit elkaar gaan").
CREATE TABLE knowledge_synonym_group (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    words VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO knowledge_synonym_group (words, updated_at) VALUES
 ('echtscheiding, scheiding, uit elkaar gaan, uit elkaar, gescheiden ouders, scheiden', CURRENT_TIMESTAMP(6)),
 ('stiefouder, plusouder, bonusouder, stiefmoeder, stiefvader, plusmoeder, plusvader, bonusmoeder, bonusvader', CURRENT_TIMESTAMP(6)),
 ('samengesteld gezin, nieuw gezin, stiefgezin', CURRENT_TIMESTAMP(6)),
 ('overgewicht, te zwaar, gezond gewicht, obesitas', CURRENT_TIMESTAMP(6)),
 ('schoolverzuim, thuiszitten, thuiszitter, niet naar school', CURRENT_TIMESTAMP(6)),
 ('schoolweigering, schoolangst, niet naar school willen', CURRENT_TIMESTAMP(6)),
 ('peuter, dreumes, jong kind, klein kind', CURRENT_TIMESTAMP(6)),
 ('bemiddeling, mediation, mediator, bemiddelaar', CURRENT_TIMESTAMP(6)),
 ('omgangsregeling, zorgregeling', CURRENT_TIMESTAMP(6)),
 ('grenzen stellen, nee zeggen', CURRENT_TIMESTAMP(6)),
 ('driftbui, woedeaanval', CURRENT_TIMESTAMP(6)),
 ('consultatiebureau, cb', CURRENT_TIMESTAMP(6)),
 ('buurtteam, wijkteam', CURRENT_TIMESTAMP(6)),
 ('jeugdgezondheidszorg, jgz', CURRENT_TIMESTAMP(6)),
 ('ouder- en kindteam, okt', CURRENT_TIMESTAMP(6)),
 ('intern begeleider, ib''er', CURRENT_TIMESTAMP(6)),
 ('leerplichtambtenaar, leerplichtconsulent', CURRENT_TIMESTAMP(6)),
 ('thuistaal, moedertaal', CURRENT_TIMESTAMP(6)),
 ('geldzorgen, geldproblemen, financiële zorgen', CURRENT_TIMESTAMP(6)),
 ('lotgenoten, ervaringsgenoten', CURRENT_TIMESTAMP(6));
