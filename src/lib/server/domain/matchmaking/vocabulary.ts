// The programme's themes and challenges in Swedish, English and Spanish: what matchmaking looks for in
// a challenge, whatever language it is written in. Each term is searched as a phrase with the language's
// full-text stemmer (concepts.ts), so "relationer"/"relation" or "jóvenes"/"joven" need not be listed twice;
// Swedish compounds stem as one word, so the forms people write ("ungdomsdelaktighet", "ungas delaktighet")
// are listed one by one. Editing a key or a term changes CONCEPTS_VERSION, and every stored set is
// recomputed; a label is only what readers see (explain.ts), so rewording one recomputes nothing.
// Keep terms specific: a bare "participation" or "development" would match nearly every challenge.

export type VocabularyLanguage = 'sv' | 'en' | 'es';
export type Concept = {
	key: string;
	/** The concept's name in each language, as it reads in a list ("Shared areas both chose: gender-based violence"). */
	label: Record<VocabularyLanguage, string>;
	/** The phrases that mean it in challenges written in each language. */
	terms: Record<VocabularyLanguage, string[]>;
};

export const vocabulary: readonly Concept[] = [
	{
		key: 'gender_equality',
		label: { sv: 'jämställdhet', en: 'gender equality', es: 'igualdad de género' },
		terms: {
			sv: [
				'jämställdhet',
				'jämställd',
				'jämställdhetsintegrering',
				'lika villkor för kvinnor och män',
				'kvinnors egenmakt'
			],
			en: ['gender equality', 'gender equity', 'gender mainstreaming', 'women empowerment', "women's empowerment"],
			es: [
				'igualdad de género',
				'equidad de género',
				'igualdad entre mujeres y hombres',
				'empoderamiento de las mujeres',
				'transversalización de género',
				'enfoque de género'
			]
		}
	},
	{
		key: 'gender_based_violence',
		label: { sv: 'könsrelaterat våld', en: 'gender-based violence', es: 'violencia de género' },
		terms: {
			sv: [
				'mäns våld mot kvinnor',
				'våld mot kvinnor',
				'könsrelaterat våld',
				'könsbaserat våld',
				'sexuellt våld',
				'sexuella trakasserier',
				'kvinnofrid'
			],
			en: [
				'gender-based violence',
				'gender based violence',
				'violence against women',
				'sexual violence',
				'sexual harassment',
				'femicide'
			],
			es: [
				'violencia de género',
				'violencia contra las mujeres',
				'violencia contra la mujer',
				'violencia sexual',
				'acoso sexual',
				'feminicidio',
				'violencia basada en género'
			]
		}
	},
	{
		key: 'domestic_violence',
		label: { sv: 'våld i nära relationer', en: 'domestic violence', es: 'violencia intrafamiliar' },
		terms: {
			sv: [
				'våldet i nära relationer',
				'våld i nära relationer',
				'våld i nära relation',
				'våld i hemmet',
				'familjevåld',
				'partnervåld',
				'relationsvåld'
			],
			en: ['domestic violence', 'intimate partner violence', 'family violence', 'domestic abuse'],
			es: [
				'violencia intrafamiliar',
				'violencia doméstica',
				'violencia familiar',
				'violencia en la pareja',
				'violencia de pareja'
			]
		}
	},
	{
		key: 'honour_related_violence',
		label: { sv: 'hedersrelaterat våld', en: 'honour-related violence', es: 'violencia relacionada con el honor' },
		terms: {
			sv: [
				'hedersrelaterat våld',
				'hedersrelaterat våld och förtryck',
				'hedersvåld',
				'barnäktenskap',
				'tvångsäktenskap',
				'könsstympning'
			],
			en: [
				'honour-related violence',
				'honor-related violence',
				'honour violence',
				'forced marriage',
				'child marriage',
				'female genital mutilation'
			],
			es: [
				'violencia por honor',
				'violencia relacionada con el honor',
				'matrimonio forzado',
				'matrimonio infantil',
				'mutilación genital femenina'
			]
		}
	},
	{
		key: 'human_rights',
		label: { sv: 'mänskliga rättigheter', en: 'human rights', es: 'derechos humanos' },
		terms: {
			sv: ['mänskliga rättigheter', 'mänsklig rättighet', 'rättighetsbaserat arbetssätt', 'rättighetsperspektiv'],
			en: ['human rights', 'human right', 'rights-based approach', 'human rights based approach'],
			es: ['derechos humanos', 'derecho humano', 'enfoque de derechos', 'enfoque basado en derechos']
		}
	},
	{
		key: 'non_discrimination',
		label: { sv: 'icke-diskriminering', en: 'non-discrimination', es: 'no discriminación' },
		terms: {
			sv: [
				'icke-diskriminering',
				'diskriminering',
				'jämlikhet',
				'likabehandling',
				'rasism',
				'utanförskap',
				// "-et" is not stemmed away: the definite form, as people write it ("minska utanförskapet").
				'utanförskapet',
				'social inkludering'
			],
			en: ['non-discrimination', 'discrimination', 'equal treatment', 'racism', 'social inclusion', 'social exclusion'],
			es: [
				'no discriminación',
				'discriminación',
				'igualdad de trato',
				'racismo',
				'inclusión social',
				'exclusión social'
			]
		}
	},
	{
		key: 'accessibility_disability',
		label: {
			sv: 'tillgänglighet och funktionsnedsättning',
			en: 'accessibility and disability',
			es: 'accesibilidad y discapacidad'
		},
		terms: {
			sv: [
				'tillgänglighet',
				'funktionsnedsättning',
				'funktionsnedsättningar',
				'funktionshinder',
				'personer med funktionsnedsättning',
				'universell utformning'
			],
			en: [
				'accessibility',
				'disability',
				'disabilities',
				'persons with disabilities',
				'people with disabilities',
				'universal design'
			],
			es: ['accesibilidad', 'discapacidad', 'personas con discapacidad', 'diseño universal']
		}
	},
	{
		key: 'education',
		label: { sv: 'utbildning', en: 'education', es: 'educación' },
		terms: {
			sv: [
				'utbildning',
				'skola',
				'skolor',
				'skolan',
				'grundskola',
				'grundskolan',
				'gymnasieskola',
				'lärare',
				'elever',
				'undervisning'
			],
			en: ['education', 'school', 'schools', 'teachers', 'pupils', 'students', 'teaching', 'learning outcomes'],
			es: ['educación', 'escuela', 'escuelas', 'colegio', 'docentes', 'maestros', 'estudiantes', 'alumnos', 'enseñanza']
		}
	},
	{
		key: 'school_dropout',
		label: { sv: 'skolavhopp', en: 'school dropout', es: 'abandono escolar' },
		terms: {
			sv: [
				'skolavhopp',
				'avhopp från skolan',
				'hoppar av skolan',
				'skolfrånvaro',
				'hemmasittare',
				'fullföljda studier',
				'ofullständiga betyg'
			],
			en: [
				'school dropout',
				'school drop-out',
				'dropping out',
				'drop out of school',
				'early school leaving',
				'school absenteeism',
				'dropouts'
			],
			es: [
				'deserción escolar',
				'abandono escolar',
				'ausentismo escolar',
				'permanencia escolar',
				'desertan de la escuela'
			]
		}
	},
	{
		key: 'early_childhood',
		label: { sv: 'förskola', en: 'early childhood', es: 'primera infancia' },
		terms: {
			sv: ['förskola', 'förskolan', 'förskolor', 'tidiga insatser för barn', 'småbarn'],
			en: ['early childhood', 'preschool', 'pre-school', 'kindergarten', 'early years'],
			es: ['primera infancia', 'preescolar', 'educación inicial', 'jardín infantil']
		}
	},
	{
		key: 'youth_participation',
		label: { sv: 'ungdomsdelaktighet', en: 'youth participation', es: 'participación juvenil' },
		terms: {
			sv: [
				'ungdomsdelaktighet',
				'ungdomars delaktighet',
				'ungas delaktighet',
				'unga delaktighet',
				'ungdomars inflytande',
				'ungas inflytande',
				'ungdomsråd',
				'ungdomsfullmäktige',
				'unga',
				'ungdomar',
				'ungdomarna',
				'tonåringar'
			],
			en: ['youth participation', 'young people', 'youth', 'youth council', 'youth engagement', 'youth influence'],
			es: [
				'participación juvenil',
				'participación de los jóvenes',
				'participación de jóvenes',
				'jóvenes',
				'juventud',
				'consejo de juventud',
				'consejo municipal de juventud'
			]
		}
	},
	{
		key: 'citizen_participation',
		label: { sv: 'medborgardialog', en: 'citizen participation', es: 'participación ciudadana' },
		terms: {
			sv: [
				'medborgardialog',
				'medborgardialoger',
				'medborgarinflytande',
				'medborgarnas delaktighet',
				'invånardialog',
				'invånarnas delaktighet',
				'medborgarbudget',
				'samråd med invånare',
				'påverka beslut'
			],
			en: [
				'citizen participation',
				'citizen dialogue',
				'public participation',
				'community engagement',
				'public consultation',
				'participatory budgeting'
			],
			es: [
				'participación ciudadana',
				'diálogo ciudadano',
				'presupuesto participativo',
				'presupuestos participativos',
				'consulta ciudadana',
				'participación comunitaria'
			]
		}
	},
	{
		key: 'local_democracy',
		label: { sv: 'lokal demokrati', en: 'local democracy', es: 'democracia local' },
		terms: {
			sv: [
				'lokal demokrati',
				'lokala demokratin',
				'demokrati',
				'demokratin',
				'kommunfullmäktige',
				'lokalt självstyre',
				'folkvalda',
				'förtroendevalda'
			],
			en: [
				'local democracy',
				'democracy',
				'local governance',
				'local self-government',
				'elected representatives',
				'municipal council'
			],
			es: [
				'democracia local',
				'democracia',
				'gobernanza local',
				'autonomía municipal',
				'concejo municipal',
				'concejales'
			]
		}
	},
	{
		key: 'transparency',
		label: { sv: 'transparens', en: 'transparency', es: 'transparencia' },
		terms: {
			sv: ['transparens', 'öppenhet', 'offentlighetsprincipen', 'insyn', 'öppna data', 'allmänna handlingar'],
			en: ['transparency', 'open data', 'access to information', 'open government', 'freedom of information'],
			es: ['transparencia', 'datos abiertos', 'acceso a la información', 'gobierno abierto']
		}
	},
	{
		key: 'anti_corruption',
		label: { sv: 'antikorruption', en: 'anti-corruption', es: 'lucha contra la corrupción' },
		terms: {
			sv: ['korruption', 'antikorruption', 'mutor', 'jäv', 'oegentligheter'],
			en: ['corruption', 'anti-corruption', 'bribery', 'conflict of interest', 'integrity'],
			es: ['corrupción', 'anticorrupción', 'soborno', 'conflicto de intereses', 'integridad pública']
		}
	},
	{
		key: 'accountability',
		label: { sv: 'ansvarsutkrävande', en: 'accountability', es: 'rendición de cuentas' },
		terms: {
			sv: [
				'ansvarsutkrävande',
				'ansvarsskyldighet',
				'redovisningsskyldighet',
				'intern kontroll',
				'uppföljning av beslut'
			],
			en: ['accountability', 'accountable', 'oversight', 'internal control', 'social audit'],
			es: ['rendición de cuentas', 'control social', 'veeduría ciudadana', 'veedurías ciudadanas', 'control interno']
		}
	},
	{
		key: 'public_health',
		label: { sv: 'folkhälsa', en: 'public health', es: 'salud pública' },
		terms: {
			sv: ['folkhälsa', 'folkhälsan', 'hälsofrämjande', 'primärvård', 'vårdcentral', 'hälso- och sjukvård', 'hälsa'],
			en: ['public health', 'health promotion', 'primary health care', 'primary care', 'health care', 'healthcare'],
			es: [
				'salud pública',
				'promoción de la salud',
				'atención primaria',
				'atención primaria en salud',
				'centro de salud',
				'servicios de salud'
			]
		}
	},
	{
		key: 'mental_health',
		label: { sv: 'psykisk hälsa', en: 'mental health', es: 'salud mental' },
		terms: {
			sv: ['psykisk hälsa', 'psykisk ohälsa', 'suicidprevention', 'självmord'],
			en: ['mental health', 'mental illness', 'suicide prevention', 'psychosocial support'],
			es: ['salud mental', 'prevención del suicidio', 'apoyo psicosocial', 'atención psicosocial']
		}
	},
	{
		key: 'sexual_reproductive_health',
		label: {
			sv: 'sexuell och reproduktiv hälsa',
			en: 'sexual and reproductive health',
			es: 'salud sexual y reproductiva'
		},
		terms: {
			sv: ['sexuell och reproduktiv hälsa', 'sexualundervisning', 'tonårsgraviditeter', 'mödrahälsovård', 'hiv'],
			en: [
				'sexual and reproductive health',
				'teenage pregnancy',
				'teenage pregnancies',
				'sexuality education',
				'maternal health',
				'hiv'
			],
			es: [
				'salud sexual y reproductiva',
				'embarazo adolescente',
				'embarazo en adolescentes',
				'educación sexual',
				'salud materna',
				'vih'
			]
		}
	},
	{
		key: 'substance_abuse',
		label: { sv: 'missbruk och beroende', en: 'substance abuse', es: 'consumo de drogas y alcohol' },
		terms: {
			sv: ['missbruk', 'beroendevård', 'narkotika', 'droger', 'alkohol', 'drogförebyggande', 'missbruksvård'],
			en: ['substance abuse', 'drug abuse', 'drugs', 'alcohol', 'addiction', 'drug prevention'],
			es: ['consumo de drogas', 'drogas', 'alcohol', 'adicciones', 'sustancias psicoactivas', 'prevención del consumo']
		}
	},
	{
		key: 'elderly_care',
		label: { sv: 'äldreomsorg', en: 'elderly care', es: 'atención a personas mayores' },
		terms: {
			sv: ['äldreomsorg', 'äldreomsorgen', 'äldre', 'hemtjänst', 'äldreboende', 'demens'],
			en: [
				'elderly care',
				'older people',
				'older persons',
				'the elderly',
				'care for the elderly',
				'home care',
				'ageing',
				'aging'
			],
			es: [
				'adultos mayores',
				'adulto mayor',
				'personas mayores',
				'cuidado de personas mayores',
				'tercera edad',
				'envejecimiento'
			]
		}
	},
	{
		key: 'social_services',
		label: { sv: 'socialtjänst', en: 'social services', es: 'servicios sociales' },
		terms: {
			sv: [
				'socialtjänst',
				'socialtjänsten',
				'socialt arbete',
				'socialsekreterare',
				'försörjningsstöd',
				'individ- och familjeomsorg'
			],
			en: [
				'social services',
				'social work',
				'social workers',
				'social protection',
				'social welfare',
				'welfare services'
			],
			es: [
				'servicios sociales',
				'trabajo social',
				'protección social',
				'bienestar social',
				'asistencia social',
				'desarrollo social'
			]
		}
	},
	{
		key: 'poverty_reduction',
		label: { sv: 'fattigdomsbekämpning', en: 'poverty reduction', es: 'reducción de la pobreza' },
		terms: {
			sv: [
				'fattigdom',
				'fattigdomsbekämpning',
				'ekonomisk utsatthet',
				'socioekonomiskt utsatta områden',
				'utsatta områden'
			],
			en: ['poverty', 'poverty reduction', 'vulnerable groups', 'vulnerable communities', 'informal settlements'],
			es: [
				'pobreza',
				'reducción de la pobreza',
				'población vulnerable',
				'poblaciones vulnerables',
				'asentamientos informales',
				'asentamientos precarios'
			]
		}
	},
	{
		key: 'children_rights',
		label: { sv: 'barnets rättigheter', en: "children's rights", es: 'derechos de la niñez' },
		terms: {
			sv: [
				'barnets rättigheter',
				'barns rättigheter',
				'barnrättsperspektiv',
				'barnkonventionen',
				'barnfattigdom',
				'barnskydd',
				'barnarbete'
			],
			en: [
				"children's rights",
				'rights of the child',
				'child rights',
				'child protection',
				'child labour',
				'child labor'
			],
			es: [
				'derechos de la niñez',
				'derechos del niño',
				'derechos de niñas y niños',
				'derechos de los niños',
				'protección infantil',
				'trabajo infantil',
				'niñez y adolescencia'
			]
		}
	},
	{
		key: 'lgbtq_rights',
		label: { sv: 'hbtqi-personers rättigheter', en: 'LGBTQI rights', es: 'derechos de las personas LGBTIQ' },
		terms: {
			sv: ['hbtqi', 'hbtq', 'hbtqi-personer', 'hbtq-personer', 'sexuell läggning', 'könsidentitet', 'normkritik'],
			en: ['lgbtq', 'lgbtqi', 'lgbti', 'lgbt', 'sexual orientation', 'gender identity'],
			es: ['lgbtiq', 'lgbti', 'lgbt', 'diversidad sexual', 'orientación sexual', 'identidad de género']
		}
	},
	{
		key: 'women_political_participation',
		label: {
			sv: 'kvinnors politiska deltagande',
			en: "women's political participation",
			es: 'participación política de las mujeres'
		},
		terms: {
			sv: [
				'kvinnors politiska deltagande',
				'kvinnors deltagande i politiken',
				'kvinnliga politiker',
				'kvinnors representation',
				'kvinnors ledarskap'
			],
			en: [
				"women's political participation",
				'women in politics',
				'women political participation',
				"women's representation",
				'women leaders',
				"women's leadership"
			],
			es: [
				'participación política de las mujeres',
				'participación política de la mujer',
				'mujeres en la política',
				'liderazgo de las mujeres',
				'liderazgo femenino',
				'representación de las mujeres'
			]
		}
	},
	{
		key: 'gender_budgeting',
		label: { sv: 'jämställdhetsbudgetering', en: 'gender budgeting', es: 'presupuestos con perspectiva de género' },
		terms: {
			sv: ['jämställdhetsbudgetering', 'jämställd budgetering', 'jämställd resursfördelning', 'könsuppdelad statistik'],
			en: ['gender budgeting', 'gender-responsive budgeting', 'gender responsive budgeting', 'sex-disaggregated data'],
			es: [
				'presupuestos con perspectiva de género',
				'presupuesto con enfoque de género',
				'presupuestos sensibles al género',
				'datos desagregados por sexo'
			]
		}
	},
	{
		key: 'indigenous_peoples',
		label: { sv: 'urfolk', en: 'Indigenous peoples', es: 'pueblos indígenas' },
		terms: {
			sv: ['urfolk', 'ursprungsfolk', 'samer', 'samiska', 'nationella minoriteter'],
			en: [
				'indigenous peoples',
				'indigenous people',
				'indigenous communities',
				'indigenous',
				'national minorities',
				'afro-descendant'
			],
			es: [
				'pueblos indígenas',
				'pueblo indígena',
				'comunidades indígenas',
				'indígenas',
				'afrodescendientes',
				'pueblos originarios'
			]
		}
	},
	{
		key: 'migration_integration',
		label: { sv: 'migration och integration', en: 'migration and integration', es: 'migración e integración' },
		terms: {
			sv: [
				'integration',
				'migration',
				'nyanlända',
				'flyktingar',
				'invandrare',
				'asylsökande',
				'etablering av nyanlända'
			],
			en: [
				'migration',
				'migrants',
				'integration of migrants',
				'refugees',
				'newly arrived',
				'asylum seekers',
				'displaced people',
				'internally displaced'
			],
			es: [
				'migración',
				'migrantes',
				'refugiados',
				'integración de migrantes',
				'población desplazada',
				'desplazados',
				'desplazamiento forzado',
				'retornados'
			]
		}
	},
	{
		key: 'peace_reconciliation',
		label: {
			sv: 'fredsbyggande och försoning',
			en: 'peacebuilding and reconciliation',
			es: 'construcción de paz y reconciliación'
		},
		terms: {
			sv: ['fredsbyggande', 'försoning', 'fredsprocess', 'konfliktlösning', 'våldsbejakande extremism'],
			en: [
				'peacebuilding',
				'peace building',
				'reconciliation',
				'peace process',
				'conflict resolution',
				'post-conflict'
			],
			es: [
				'construcción de paz',
				'reconciliación',
				'proceso de paz',
				'posconflicto',
				'resolución de conflictos',
				'víctimas del conflicto'
			]
		}
	},
	{
		key: 'safety_crime_prevention',
		label: {
			sv: 'trygghet och brottsförebyggande arbete',
			en: 'community safety and crime prevention',
			es: 'seguridad ciudadana y prevención del delito'
		},
		terms: {
			sv: [
				'brottsförebyggande',
				'brottsprevention',
				'trygghet',
				'otrygghet',
				'trygghetsskapande',
				'kriminalitet',
				'gängkriminalitet'
			],
			en: ['crime prevention', 'community safety', 'public safety', 'crime', 'gangs', 'violence prevention'],
			es: [
				'prevención del delito',
				'seguridad ciudadana',
				'convivencia ciudadana',
				'delincuencia',
				'pandillas',
				'prevención de la violencia'
			]
		}
	},
	{
		key: 'environment',
		label: { sv: 'miljö', en: 'environment', es: 'medio ambiente' },
		terms: {
			sv: ['miljö', 'miljön', 'miljöarbete', 'hållbar utveckling', 'miljöskydd', 'luftkvalitet', 'föroreningar'],
			en: [
				'environment',
				'environmental protection',
				'sustainable development',
				'air quality',
				'pollution',
				'environmental'
			],
			es: [
				'medio ambiente',
				'medioambiente',
				'protección ambiental',
				'desarrollo sostenible',
				'calidad del aire',
				'contaminación',
				'gestión ambiental'
			]
		}
	},
	{
		key: 'biodiversity',
		label: { sv: 'biologisk mångfald', en: 'biodiversity', es: 'biodiversidad' },
		terms: {
			sv: ['biologisk mångfald', 'ekosystemtjänster', 'naturvård', 'skogsbränder', 'avskogning', 'naturreservat'],
			en: ['biodiversity', 'ecosystem services', 'nature conservation', 'deforestation', 'forests', 'protected areas'],
			es: [
				'biodiversidad',
				'servicios ecosistémicos',
				'conservación de la naturaleza',
				'deforestación',
				'bosques',
				'áreas protegidas'
			]
		}
	},
	{
		key: 'climate_adaptation',
		label: { sv: 'klimatanpassning', en: 'climate adaptation', es: 'adaptación al cambio climático' },
		terms: {
			sv: [
				'klimatanpassning',
				'klimatförändringar',
				'klimatförändringarna',
				'klimatrisker',
				'torka',
				'översvämningar',
				'värmeböljor'
			],
			en: [
				'climate adaptation',
				'climate change adaptation',
				'climate change',
				'climate resilience',
				'drought',
				'floods',
				'heatwaves'
			],
			es: [
				'adaptación al cambio climático',
				'cambio climático',
				'resiliencia climática',
				'sequía',
				'sequías',
				'inundaciones',
				'olas de calor'
			]
		}
	},
	{
		key: 'climate_mitigation_energy',
		label: {
			sv: 'utsläppsminskning och förnybar energi',
			en: 'emission cuts and renewable energy',
			es: 'reducción de emisiones y energía renovable'
		},
		terms: {
			sv: [
				'utsläpp',
				'växthusgaser',
				'förnybar energi',
				'energieffektivisering',
				'solenergi',
				'klimatneutral',
				'energi'
			],
			en: [
				'emissions',
				'greenhouse gases',
				'renewable energy',
				'energy efficiency',
				'solar energy',
				'carbon neutral',
				'climate mitigation'
			],
			es: [
				'emisiones',
				'gases de efecto invernadero',
				'energía renovable',
				'energías renovables',
				'eficiencia energética',
				'energía solar',
				'mitigación'
			]
		}
	},
	{
		key: 'waste_management',
		label: { sv: 'avfallshantering', en: 'waste management', es: 'gestión de residuos' },
		terms: {
			sv: [
				'avfallshantering',
				'avfall',
				'återvinning',
				'sopor',
				'sophantering',
				'källsortering',
				'deponi',
				'cirkulär ekonomi',
				'nedskräpning'
			],
			en: [
				'waste management',
				'solid waste',
				'waste',
				'recycling',
				'landfill',
				'circular economy',
				'littering',
				'garbage collection'
			],
			es: [
				'gestión de residuos',
				'residuos sólidos',
				'residuos',
				'reciclaje',
				'basura',
				'relleno sanitario',
				'economía circular',
				'recolección de basura',
				'basurales'
			]
		}
	},
	{
		key: 'water_sanitation',
		label: { sv: 'vatten och sanitet', en: 'water and sanitation', es: 'agua y saneamiento' },
		terms: {
			sv: [
				'vatten och sanitet',
				'dricksvatten',
				'avloppsvatten',
				'avlopp',
				'sanitet',
				'vattenförsörjning',
				'vattenrening'
			],
			en: [
				'water and sanitation',
				'drinking water',
				'sanitation',
				'wastewater',
				'water supply',
				'water treatment',
				'sewage'
			],
			es: [
				'agua y saneamiento',
				'agua potable',
				'saneamiento',
				'aguas residuales',
				'alcantarillado',
				'abastecimiento de agua',
				'tratamiento de agua'
			]
		}
	},
	{
		key: 'urban_planning',
		label: { sv: 'samhällsplanering', en: 'urban planning', es: 'planificación urbana' },
		terms: {
			sv: [
				'samhällsplanering',
				'stadsplanering',
				'fysisk planering',
				'översiktsplan',
				'detaljplan',
				'stadsutveckling',
				'offentliga rum'
			],
			en: [
				'urban planning',
				'spatial planning',
				'land use planning',
				'urban development',
				'public space',
				'public spaces',
				'city planning'
			],
			es: [
				'planificación urbana',
				'ordenamiento territorial',
				'plan de ordenamiento territorial',
				'desarrollo urbano',
				'espacio público',
				'espacios públicos'
			]
		}
	},
	{
		key: 'public_transport',
		label: { sv: 'kollektivtrafik', en: 'public transport', es: 'transporte público' },
		terms: {
			sv: ['kollektivtrafik', 'kollektivtrafiken', 'hållbara transporter', 'cykelvägar', 'trafiksäkerhet', 'mobilitet'],
			en: ['public transport', 'public transportation', 'sustainable mobility', 'cycling', 'road safety', 'mobility'],
			es: ['transporte público', 'movilidad sostenible', 'movilidad urbana', 'ciclovías', 'seguridad vial', 'movilidad']
		}
	},
	{
		key: 'housing',
		label: { sv: 'bostäder', en: 'housing', es: 'vivienda' },
		terms: {
			sv: ['bostäder', 'bostad', 'bostadsförsörjning', 'hemlöshet', 'bostadsbrist'],
			en: ['housing', 'affordable housing', 'social housing', 'homelessness', 'homeless'],
			es: ['vivienda', 'viviendas', 'vivienda social', 'vivienda digna', 'personas sin hogar', 'situación de calle']
		}
	},
	{
		key: 'disaster_risk_reduction',
		label: { sv: 'katastrofriskreducering', en: 'disaster risk reduction', es: 'gestión del riesgo de desastres' },
		terms: {
			sv: [
				'katastrofriskreducering',
				'krisberedskap',
				'räddningstjänst',
				'beredskap',
				'naturkatastrofer',
				'risk- och sårbarhetsanalys'
			],
			en: [
				'disaster risk reduction',
				'disaster risk',
				'emergency preparedness',
				'disaster management',
				'natural disasters',
				'early warning'
			],
			es: [
				'gestión del riesgo de desastres',
				'reducción del riesgo de desastres',
				'gestión del riesgo',
				'desastres naturales',
				'preparación ante emergencias',
				'alerta temprana'
			]
		}
	},
	{
		key: 'local_economic_development',
		label: { sv: 'lokal ekonomisk utveckling', en: 'local economic development', es: 'desarrollo económico local' },
		terms: {
			sv: [
				'lokal ekonomisk utveckling',
				'näringslivsutveckling',
				'näringsliv',
				'småföretag',
				'regional utveckling',
				'landsbygdsutveckling'
			],
			en: [
				'local economic development',
				'economic development',
				'small businesses',
				'small and medium enterprises',
				'local economy',
				'regional development'
			],
			es: [
				'desarrollo económico local',
				'desarrollo económico',
				'pequeñas empresas',
				'pymes',
				'economía local',
				'desarrollo regional'
			]
		}
	},
	{
		key: 'employment',
		label: { sv: 'sysselsättning', en: 'employment', es: 'empleo' },
		terms: {
			sv: ['sysselsättning', 'arbetslöshet', 'arbetsmarknad', 'arbetsmarknadsinsatser', 'jobb', 'ungdomsarbetslöshet'],
			en: ['employment', 'unemployment', 'jobs', 'labour market', 'labor market', 'youth unemployment'],
			es: ['empleo', 'desempleo', 'mercado laboral', 'empleabilidad', 'generación de empleo', 'desempleo juvenil']
		}
	},
	{
		key: 'entrepreneurship',
		label: { sv: 'entreprenörskap', en: 'entrepreneurship', es: 'emprendimiento' },
		terms: {
			sv: [
				'entreprenörskap',
				'företagande',
				'kvinnligt företagande',
				'nyföretagande',
				'socialt företagande',
				'kooperativ'
			],
			en: [
				'entrepreneurship',
				'entrepreneurs',
				'start-ups',
				'startups',
				'social enterprise',
				'cooperatives',
				'women entrepreneurs'
			],
			es: [
				'emprendimiento',
				'emprendedores',
				'emprendedoras',
				'emprendimientos',
				'cooperativas',
				'economía solidaria',
				'empresas sociales'
			]
		}
	},
	{
		key: 'vocational_training',
		label: { sv: 'yrkesutbildning', en: 'vocational training', es: 'formación profesional' },
		terms: {
			sv: [
				'yrkesutbildning',
				'yrkesutbildningar',
				'vuxenutbildning',
				'kompetensutveckling',
				'lärlingsutbildning',
				'praktikplatser'
			],
			en: [
				'vocational training',
				'vocational education',
				'skills training',
				'adult education',
				'apprenticeships',
				'internships'
			],
			es: [
				'formación profesional',
				'formación técnica',
				'capacitación laboral',
				'educación de adultos',
				'formación para el trabajo',
				'pasantías'
			]
		}
	},
	{
		key: 'tourism',
		label: { sv: 'turism', en: 'tourism', es: 'turismo' },
		terms: {
			sv: ['turism', 'besöksnäring', 'besöksnäringen', 'hållbar turism', 'ekoturism', 'destinationsutveckling'],
			en: ['tourism', 'sustainable tourism', 'ecotourism', 'visitors', 'tourist destination', 'hospitality'],
			es: ['turismo', 'turismo sostenible', 'ecoturismo', 'turismo comunitario', 'destino turístico', 'turistas']
		}
	},
	{
		key: 'culture',
		label: { sv: 'kultur och kulturarv', en: 'culture and heritage', es: 'cultura y patrimonio' },
		terms: {
			sv: ['kultur', 'kulturarv', 'kulturliv', 'bibliotek', 'konst', 'musik', 'kulturskola'],
			en: ['culture', 'cultural heritage', 'arts', 'libraries', 'library', 'music'],
			es: ['cultura', 'patrimonio cultural', 'artes', 'biblioteca', 'bibliotecas', 'música']
		}
	},
	{
		key: 'sport_leisure',
		label: { sv: 'idrott och fritid', en: 'sport and leisure', es: 'deporte y recreación' },
		terms: {
			sv: ['idrott', 'fritid', 'fritidsgårdar', 'fritidsgård', 'föreningsliv', 'fritidsaktiviteter'],
			en: ['sport', 'sports', 'leisure', 'recreation', 'youth centres', 'youth centers', 'after-school activities'],
			es: ['deporte', 'deportes', 'recreación', 'tiempo libre', 'actividades extracurriculares', 'casas de la juventud']
		}
	},
	{
		key: 'rural_development',
		label: { sv: 'landsbygdsutveckling', en: 'rural development', es: 'desarrollo rural' },
		terms: {
			sv: ['landsbygd', 'landsbygden', 'landsbygdsutveckling', 'glesbygd', 'jordbruk', 'lantbruk', 'småbrukare'],
			en: ['rural development', 'rural areas', 'rural', 'agriculture', 'farmers', 'smallholders', 'farming'],
			es: [
				'desarrollo rural',
				'zonas rurales',
				'área rural',
				'rural',
				'agricultura',
				'campesinos',
				'agricultores',
				'pequeños productores'
			]
		}
	},
	{
		key: 'food_security',
		label: { sv: 'tryggad livsmedelsförsörjning', en: 'food security', es: 'seguridad alimentaria' },
		terms: {
			sv: ['livsmedelsförsörjning', 'livsmedelstrygghet', 'skolmåltider', 'skolmat', 'undernäring', 'matsvinn'],
			en: ['food security', 'school meals', 'nutrition', 'malnutrition', 'food waste', 'hunger'],
			es: [
				'seguridad alimentaria',
				'alimentación escolar',
				'nutrición',
				'desnutrición',
				'desperdicio de alimentos',
				'hambre'
			]
		}
	},
	{
		key: 'digitalisation',
		label: { sv: 'digitalisering', en: 'digitalisation', es: 'digitalización' },
		terms: {
			sv: [
				'digitalisering',
				'e-förvaltning',
				'e-tjänster',
				'digitala tjänster',
				'digital delaktighet',
				'digitala verktyg',
				'it-system'
			],
			en: [
				'digitalisation',
				'digitalization',
				'e-government',
				'digital services',
				'digital transformation',
				'digital tools',
				'digital inclusion'
			],
			es: [
				'digitalización',
				'gobierno electrónico',
				'gobierno digital',
				'servicios digitales',
				'transformación digital',
				'herramientas digitales',
				'inclusión digital'
			]
		}
	},
	{
		key: 'public_administration',
		label: { sv: 'offentlig förvaltning', en: 'public administration', es: 'administración pública' },
		terms: {
			sv: [
				'offentlig förvaltning',
				'medborgarservice',
				'kommunal service',
				'effektiv förvaltning',
				'kapacitetsutveckling'
			],
			en: [
				'public administration',
				'public services',
				'service delivery',
				'municipal services',
				'capacity building',
				'institutional strengthening'
			],
			es: [
				'administración pública',
				'servicios públicos',
				'prestación de servicios',
				'servicios municipales',
				'fortalecimiento institucional',
				'fortalecimiento de capacidades'
			]
		}
	},
	{
		key: 'municipal_finance',
		label: { sv: 'kommunal ekonomi', en: 'municipal finance', es: 'finanzas municipales' },
		terms: {
			sv: [
				'kommunal ekonomi',
				'kommunens ekonomi',
				'skatteintäkter',
				'budgetprocess',
				'offentlig upphandling',
				'upphandling'
			],
			en: ['municipal finance', 'public finance', 'budget process', 'tax revenue', 'public procurement', 'procurement'],
			es: [
				'finanzas municipales',
				'finanzas públicas',
				'proceso presupuestario',
				'recaudación',
				'contratación pública',
				'compras públicas'
			]
		}
	},
	{
		key: 'communication_media',
		label: {
			sv: 'kommunikation och sociala medier',
			en: 'public communication and social media',
			es: 'comunicación pública y redes sociales'
		},
		terms: {
			sv: [
				'kommunikationsarbete',
				'medborgarinformation',
				'sociala medier',
				'desinformation',
				'yttrandefrihet',
				'pressfrihet'
			],
			en: [
				'public communication',
				'public information',
				'social media',
				'disinformation',
				'freedom of expression',
				'press freedom'
			],
			es: [
				'comunicación pública',
				'información pública',
				'redes sociales',
				'desinformación',
				'libertad de expresión',
				'libertad de prensa'
			]
		}
	},
	{
		key: 'civil_society',
		label: { sv: 'civilsamhället', en: 'civil society', es: 'sociedad civil' },
		terms: {
			sv: ['civilsamhället', 'civilsamhälle', 'ideella organisationer', 'föreningar', 'idéburen sektor', 'volontärer'],
			en: [
				'civil society',
				'non-governmental organisations',
				'non-governmental organizations',
				'ngos',
				'community organisations',
				'volunteers'
			],
			es: [
				'sociedad civil',
				'organizaciones sociales',
				'organizaciones de la sociedad civil',
				'ong',
				'juntas de acción comunal',
				'voluntarios'
			]
		}
	},
	{
		key: 'research_universities',
		label: { sv: 'forskning och universitet', en: 'research and universities', es: 'investigación y universidades' },
		terms: {
			sv: ['forskning', 'universitet', 'högskola', 'forskare', 'kunskapsutbyte', 'evidensbaserad'],
			en: ['research', 'universities', 'university', 'researchers', 'knowledge exchange', 'evidence-based'],
			es: [
				'investigación',
				'universidades',
				'universidad',
				'investigadores',
				'intercambio de conocimientos',
				'basado en evidencia'
			]
		}
	},
	{
		key: 'green_spaces',
		label: { sv: 'grönområden', en: 'green spaces', es: 'áreas verdes' },
		terms: {
			sv: ['grönområden', 'parker', 'grönstruktur', 'stadsträd', 'naturbaserade lösningar'],
			en: ['green spaces', 'parks', 'urban green', 'green infrastructure', 'nature-based solutions', 'urban trees'],
			es: [
				'áreas verdes',
				'espacios verdes',
				'parques',
				'infraestructura verde',
				'soluciones basadas en la naturaleza',
				'arbolado urbano'
			]
		}
	}
];

/** Every concept key, in the vocabulary's order. */
export const conceptKeys: readonly string[] = vocabulary.map((c) => c.key);
