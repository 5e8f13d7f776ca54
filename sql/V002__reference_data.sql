-- Reference data the programme counts with. Codes and labels are public facts (national
-- nomenclatures); each table keeps an `active` flag so an administrator can retire an entry later
-- without breaking the records that use it.

-- Diploma levels of the national nomenclature (2019).
create table qualification_level (
    level        smallint primary key check (level between 3 and 8),
    label_fr     varchar(80)  not null,
    label_en     varchar(80)  not null,
    diplomas_fr  varchar(160) not null,
    diplomas_en  varchar(160) not null,
    active       boolean not null default true
);
insert into qualification_level (level, label_fr, label_en, diplomas_fr, diplomas_en) values
 (3, 'Niveau 3 (CAP/BEP)', 'Level 3 (CAP/BEP)', 'CAP, BEP', 'CAP, BEP (vocational certificates)'),
 (4, 'Niveau 4 (Bac)', 'Level 4 (Baccalauréat)', 'Baccalauréat, brevet professionnel', 'Baccalauréat, vocational diploma'),
 (5, 'Niveau 5 (Bac+2)', 'Level 5 (Bac+2)', 'BTS, DUT', 'BTS, DUT (two-year higher diplomas)'),
 (6, 'Niveau 6 (Bac+3/4)', 'Level 6 (Bac+3/4)', 'Licence, BUT, Master 1', 'Bachelor''s degree, BUT, first year of Master''s'),
 (7, 'Niveau 7 (Bac+5)', 'Level 7 (Bac+5)', 'Master, diplôme d''ingénieur', 'Master''s degree, engineering degree'),
 (8, 'Niveau 8 (Doctorat)', 'Level 8 (Doctorate)', 'Doctorat', 'Doctorate');

-- Occupational categories (socio-professional), the second way jobs are counted.
create table occupational_category (
    code        varchar(16) primary key,
    label_fr    varchar(80) not null,
    label_en    varchar(80) not null,
    sort_order  smallint not null,
    active      boolean not null default true
);
insert into occupational_category (code, label_fr, label_en, sort_order) values
 ('WORKER', 'Ouvriers', 'Manual workers', 1),
 ('EMPLOYEE', 'Employés', 'Clerical and service employees', 2),
 ('TECHNICIAN', 'Techniciens et agents de maîtrise', 'Technicians and supervisors', 3),
 ('EXECUTIVE', 'Ingénieurs et cadres', 'Engineers and executives', 4);

create table contract_type (
    code          varchar(16) primary key,
    label_fr      varchar(80) not null,
    label_en      varchar(80) not null,
    has_duration  boolean not null,
    sort_order    smallint not null,
    active        boolean not null default true
);
insert into contract_type (code, label_fr, label_en, has_duration, sort_order) values
 ('CDI', 'CDI', 'Permanent contract (CDI)', false, 1),
 ('CDD', 'CDD', 'Fixed-term contract (CDD)', true, 2),
 ('APPRENTICESHIP', 'Alternance (apprentissage, professionnalisation)', 'Work-study (apprenticeship)', true, 3),
 ('INTERNSHIP', 'Stage', 'Internship', true, 4),
 ('TEMPORARY', 'Intérim', 'Temporary work', true, 5);

-- The cluster's sectors: Eau, Milieux, Sols, Biodéchets.
create table ems_sector (
    code        varchar(16) primary key,
    label_fr    varchar(80) not null,
    label_en    varchar(80) not null,
    sort_order  smallint not null,
    active      boolean not null default true
);
insert into ems_sector (code, label_fr, label_en, sort_order) values
 ('EAU', 'Eau', 'Water', 1),
 ('MILIEUX', 'Milieux et aménagements', 'Urban environment and landscaping', 2),
 ('SOLS', 'Sols', 'Soils', 3),
 ('BIODECHETS', 'Biodéchets', 'Bio-waste', 4);

-- French departments (official geographic code; names are proper nouns, the same in both languages).
create table department (
    code    varchar(3) primary key,
    name    varchar(60) not null,
    region  varchar(60) not null,
    active  boolean not null default true
);
insert into department (code, name, region) values
 ('01', 'Ain', 'Auvergne-Rhône-Alpes'),
 ('02', 'Aisne', 'Hauts-de-France'),
 ('03', 'Allier', 'Auvergne-Rhône-Alpes'),
 ('04', 'Alpes-de-Haute-Provence', 'Provence-Alpes-Côte d''Azur'),
 ('05', 'Hautes-Alpes', 'Provence-Alpes-Côte d''Azur'),
 ('06', 'Alpes-Maritimes', 'Provence-Alpes-Côte d''Azur'),
 ('07', 'Ardèche', 'Auvergne-Rhône-Alpes'),
 ('08', 'Ardennes', 'Grand Est'),
 ('09', 'Ariège', 'Occitanie'),
 ('10', 'Aube', 'Grand Est'),
 ('11', 'Aude', 'Occitanie'),
 ('12', 'Aveyron', 'Occitanie'),
 ('13', 'Bouches-du-Rhône', 'Provence-Alpes-Côte d''Azur'),
 ('14', 'Calvados', 'Normandie'),
 ('15', 'Cantal', 'Auvergne-Rhône-Alpes'),
 ('16', 'Charente', 'Nouvelle-Aquitaine'),
 ('17', 'Charente-Maritime', 'Nouvelle-Aquitaine'),
 ('18', 'Cher', 'Centre-Val de Loire'),
 ('19', 'Corrèze', 'Nouvelle-Aquitaine'),
 ('2A', 'Corse-du-Sud', 'Corse'),
 ('2B', 'Haute-Corse', 'Corse'),
 ('21', 'Côte-d''Or', 'Bourgogne-Franche-Comté'),
 ('22', 'Côtes-d''Armor', 'Bretagne'),
 ('23', 'Creuse', 'Nouvelle-Aquitaine'),
 ('24', 'Dordogne', 'Nouvelle-Aquitaine'),
 ('25', 'Doubs', 'Bourgogne-Franche-Comté'),
 ('26', 'Drôme', 'Auvergne-Rhône-Alpes'),
 ('27', 'Eure', 'Normandie'),
 ('28', 'Eure-et-Loir', 'Centre-Val de Loire'),
 ('29', 'Finistère', 'Bretagne'),
 ('30', 'Gard', 'Occitanie'),
 ('31', 'Haute-Garonne', 'Occitanie'),
 ('32', 'Gers', 'Occitanie'),
 ('33', 'Gironde', 'Nouvelle-Aquitaine'),
 ('34', 'Hérault', 'Occitanie'),
 ('35', 'Ille-et-Vilaine', 'Bretagne'),
 ('36', 'Indre', 'Centre-Val de Loire'),
 ('37', 'Indre-et-Loire', 'Centre-Val de Loire'),
 ('38', 'Isère', 'Auvergne-Rhône-Alpes'),
 ('39', 'Jura', 'Bourgogne-Franche-Comté'),
 ('40', 'Landes', 'Nouvelle-Aquitaine'),
 ('41', 'Loir-et-Cher', 'Centre-Val de Loire'),
 ('42', 'Loire', 'Auvergne-Rhône-Alpes'),
 ('43', 'Haute-Loire', 'Auvergne-Rhône-Alpes'),
 ('44', 'Loire-Atlantique', 'Pays de la Loire'),
 ('45', 'Loiret', 'Centre-Val de Loire'),
 ('46', 'Lot', 'Occitanie'),
 ('47', 'Lot-et-Garonne', 'Nouvelle-Aquitaine'),
 ('48', 'Lozère', 'Occitanie'),
 ('49', 'Maine-et-Loire', 'Pays de la Loire'),
 ('50', 'Manche', 'Normandie'),
 ('51', 'Marne', 'Grand Est'),
 ('52', 'Haute-Marne', 'Grand Est'),
 ('53', 'Mayenne', 'Pays de la Loire'),
 ('54', 'Meurthe-et-Moselle', 'Grand Est'),
 ('55', 'Meuse', 'Grand Est'),
 ('56', 'Morbihan', 'Bretagne'),
 ('57', 'Moselle', 'Grand Est'),
 ('58', 'Nièvre', 'Bourgogne-Franche-Comté'),
 ('59', 'Nord', 'Hauts-de-France'),
 ('60', 'Oise', 'Hauts-de-France'),
 ('61', 'Orne', 'Normandie'),
 ('62', 'Pas-de-Calais', 'Hauts-de-France'),
 ('63', 'Puy-de-Dôme', 'Auvergne-Rhône-Alpes'),
 ('64', 'Pyrénées-Atlantiques', 'Nouvelle-Aquitaine'),
 ('65', 'Hautes-Pyrénées', 'Occitanie'),
 ('66', 'Pyrénées-Orientales', 'Occitanie'),
 ('67', 'Bas-Rhin', 'Grand Est'),
 ('68', 'Haut-Rhin', 'Grand Est'),
 ('69', 'Rhône', 'Auvergne-Rhône-Alpes'),
 ('70', 'Haute-Saône', 'Bourgogne-Franche-Comté'),
 ('71', 'Saône-et-Loire', 'Bourgogne-Franche-Comté'),
 ('72', 'Sarthe', 'Pays de la Loire'),
 ('73', 'Savoie', 'Auvergne-Rhône-Alpes'),
 ('74', 'Haute-Savoie', 'Auvergne-Rhône-Alpes'),
 ('75', 'Paris', 'Île-de-France'),
 ('76', 'Seine-Maritime', 'Normandie'),
 ('77', 'Seine-et-Marne', 'Île-de-France'),
 ('78', 'Yvelines', 'Île-de-France'),
 ('79', 'Deux-Sèvres', 'Nouvelle-Aquitaine'),
 ('80', 'Somme', 'Hauts-de-France'),
 ('81', 'Tarn', 'Occitanie'),
 ('82', 'Tarn-et-Garonne', 'Occitanie'),
 ('83', 'Var', 'Provence-Alpes-Côte d''Azur'),
 ('84', 'Vaucluse', 'Provence-Alpes-Côte d''Azur'),
 ('85', 'Vendée', 'Pays de la Loire'),
 ('86', 'Vienne', 'Nouvelle-Aquitaine'),
 ('87', 'Haute-Vienne', 'Nouvelle-Aquitaine'),
 ('88', 'Vosges', 'Grand Est'),
 ('89', 'Yonne', 'Bourgogne-Franche-Comté'),
 ('90', 'Territoire de Belfort', 'Bourgogne-Franche-Comté'),
 ('91', 'Essonne', 'Île-de-France'),
 ('92', 'Hauts-de-Seine', 'Île-de-France'),
 ('93', 'Seine-Saint-Denis', 'Île-de-France'),
 ('94', 'Val-de-Marne', 'Île-de-France'),
 ('95', 'Val-d''Oise', 'Île-de-France'),
 ('971', 'Guadeloupe', 'Guadeloupe'),
 ('972', 'Martinique', 'Martinique'),
 ('973', 'Guyane', 'Guyane'),
 ('974', 'La Réunion', 'La Réunion'),
 ('976', 'Mayotte', 'Mayotte');

-- A starter list of ROME job codes (France Travail's classification) for the cluster's sectors.
-- Labels are the official French ones; administrators extend and retire entries later.
create table rome_code (
    code        char(5) primary key check (code ~ '^[A-N][0-9]{4}$'),
    label       varchar(160) not null,
    ems_sector  varchar(16) references ems_sector (code),
    active      boolean not null default true
);
insert into rome_code (code, label, ems_sector) values
 ('A1203', 'Aménagement et entretien des espaces verts', 'MILIEUX'),
 ('A1204', 'Protection du patrimoine naturel', 'MILIEUX'),
 ('A1301', 'Conseil et assistance technique en agriculture', 'BIODECHETS'),
 ('A1303', 'Ingénierie en agriculture et environnement naturel', 'MILIEUX'),
 ('F1103', 'Contrôle et diagnostic technique du bâtiment', null),
 ('F1104', 'Dessin BTP et paysage', 'MILIEUX'),
 ('F1105', 'Études géologiques', 'SOLS'),
 ('F1106', 'Ingénierie et études du BTP', null),
 ('F1107', 'Mesures topographiques', 'SOLS'),
 ('F1201', 'Conduite de travaux du BTP et de travaux paysagers', 'MILIEUX'),
 ('F1202', 'Direction de chantier du BTP', null),
 ('F1204', 'Qualité Sécurité Environnement et protection santé du BTP', null),
 ('F1302', 'Conduite d''engins de terrassement et de carrière', 'SOLS'),
 ('F1603', 'Installation d''équipements sanitaires et thermiques', 'EAU'),
 ('F1702', 'Construction de routes et voies', null),
 ('F1705', 'Pose de canalisations', 'EAU'),
 ('H1206', 'Management et ingénierie études, recherche et développement industriel', null),
 ('H1210', 'Intervention technique en études, recherche et développement', null),
 ('H1302', 'Management et ingénierie Hygiène Sécurité Environnement -HSE- industriels', null),
 ('H1303', 'Intervention technique en Hygiène Sécurité Environnement -HSE- industriel', null),
 ('H1502', 'Management et ingénierie qualité industrielle', null),
 ('H1503', 'Intervention technique en laboratoire d''analyse industrielle', 'EAU'),
 ('H2301', 'Conduite d''équipement de production chimique ou pharmaceutique', null),
 ('I1304', 'Installation et maintenance d''équipements industriels et d''exploitation', null),
 ('I1309', 'Maintenance électrique', null),
 ('I1310', 'Maintenance mécanique industrielle', null),
 ('I1503', 'Intervention en milieux et produits nocifs', 'SOLS'),
 ('K2301', 'Distribution et assainissement d''eau', 'EAU'),
 ('K2302', 'Management et inspection en environnement urbain', 'MILIEUX'),
 ('K2303', 'Nettoyage des espaces urbains', 'BIODECHETS'),
 ('K2304', 'Revalorisation de produits industriels', 'BIODECHETS'),
 ('K2306', 'Supervision d''exploitation éco-industrielle', 'BIODECHETS'),
 ('K2402', 'Recherche en sciences de l''univers, de la matière et du vivant', null),
 ('M1402', 'Conseil en organisation et management d''entreprise', null),
 ('N4105', 'Conduite et livraison par tournées sur courte distance', 'BIODECHETS');
