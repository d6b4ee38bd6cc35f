-- Themes every installation starts with (DESIGN.md); adviseur and admin can add more.
INSERT INTO theme (code, name, description) VALUES
 ('echtscheiding', 'Echtscheiding en veranderend ouderschap', 'Voor ouders die uit elkaar gaan of zijn: hoe blijf je samen ouder?'),
 ('overgewicht', 'Overgewicht en grenzen stellen', 'Gezond eten, bewegen en grenzen stellen in het gezin.'),
 ('schoolverzuim', 'Kind gaat niet naar school', 'Voor ouders van een kind dat thuiszit of vaak niet naar school gaat.'),
 ('spelinloop', 'Spelinloop 0-4 jaar', 'Ouder en kind spelen samen; ouders ontmoeten elkaar. Vrije inloop.');

-- Utrecht districts and Amsterdam Nieuw-West neighbourhoods.
INSERT INTO wijk (name, municipality) VALUES
 ('Overvecht', 'Utrecht'),
 ('Kanaleneiland', 'Utrecht'),
 ('Zuidwest', 'Utrecht'),
 ('Noordwest', 'Utrecht'),
 ('Leidsche Rijn', 'Utrecht'),
 ('Vleuten-De Meern', 'Utrecht'),
 ('Binnenstad', 'Utrecht'),
 ('Oost', 'Utrecht'),
 ('Zuid', 'Utrecht'),
 ('Noordoost', 'Utrecht'),
 ('Geuzenveld-Slotermeer', 'Amsterdam'),
 ('Osdorp', 'Amsterdam'),
 ('De Aker, Sloten en Nieuw-Sloten', 'Amsterdam'),
 ('Slotervaart', 'Amsterdam');

INSERT INTO organisation (name, kind) VALUES
 ('JGZ Utrecht', 'JGZ'),
 ('Lokalis buurtteam Overvecht', 'BUURTTEAM'),
 ('Lokalis buurtteam Kanaleneiland', 'BUURTTEAM'),
 ('Lokalis buurtteam Leidsche Rijn', 'BUURTTEAM'),
 ('OKT Nieuw-West', 'BUURTTEAM'),
 ('GGD Amsterdam JGZ', 'JGZ'),
 ('Basisschool De Regenboog', 'SCHOOL'),
 ('Huisartsenpraktijk Overvecht', 'HUISARTS'),
 ('Kinderopvang Het Speelhuis', 'KINDEROPVANG'),
 ('Welzijn Utrecht', 'WELZIJN');
