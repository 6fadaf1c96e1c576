import type { EntityManager } from 'typeorm';
import type { DemoCalendar } from './demo-calendar';

const TOPICS = [
  'Réseaux sociaux',
  'Webmarketing',
  'Dev web',
  'Nouvelles technologies',
  'Design',
  'Droit du numérique',
];

interface DemoPost {
  author: string;
  daysAgo: number;
  url: string;
  topics: string[];
  site: string;
  title: string;
  description: string;
  commentary: string;
  quote?: string;
  team?: boolean;
  public?: boolean;
}

/** The team of four friends who started the watch, each with a specialty. */
const TEAM = {
  name: 'La Clique du Numérique',
  description:
    'Quatre spécialités, une seule page à suivre au lieu de dizaines : on lit et on comprend avant de partager, et on partage pour débattre, pas pour survoler.',
  members: [
    ['camille.rochat@clique.test', 'Réseaux sociaux'],
    ['lucas.favre@clique.test', 'Dev web'],
    ['lea.muller@clique.test', 'Nouvelles technologies'],
    ['theo.girard@clique.test', 'Design'],
  ],
};

const POSTS: DemoPost[] = [
  {
    author: 'camille.rochat@clique.test',
    daysAgo: 33,
    team: true,
    url: 'https://www.blogdumoderateur.com/chiffres-reseaux-sociaux-suisse',
    topics: ['Réseaux sociaux'],
    site: 'BDM',
    title: 'Les chiffres des réseaux sociaux en Suisse romande',
    description: 'Audiences, âges et temps passé, réseau par réseau.',
    commentary:
      'Ce qui me frappe : LinkedIn dépasse désormais Facebook chez les 25–34 ans en Suisse romande. Pour nos futurs comptes B2B, cela change la priorité des formats : moins de visuels « lifestyle », plus de contenus d’expertise signés par des personnes de l’entreprise. À garder en tête pour le projet tutoré avec la coopérative.',
    quote: 'Le temps passé compte plus que le nombre de comptes ouverts.',
  },
  {
    author: 'lucas.favre@clique.test',
    daysAgo: 30,
    team: true,
    url: 'https://developer.mozilla.org/fr/docs/Web/Accessibility',
    topics: ['Dev web', 'Design'],
    site: 'MDN Web Docs',
    title: 'Accessibilité du Web',
    description: 'Les bases pour rendre un site utilisable par toutes et tous.',
    commentary:
      'On parle souvent d’accessibilité comme d’une contrainte technique, mais la page de MDN montre que c’est d’abord du contenu bien écrit : des titres dans l’ordre, des liens qui disent où ils mènent, des images décrites. Un CM peut en faire beaucoup sans une ligne de code, dès la rédaction des publications et des pages d’atterrissage.',
  },
  {
    author: 'lea.muller@clique.test',
    daysAgo: 26,
    team: true,
    url: 'https://www.letemps.ch/economie/intelligence-artificielle-redactions-romandes',
    topics: ['Nouvelles technologies'],
    site: 'Le Temps',
    title: 'L’intelligence artificielle entre dans les rédactions romandes',
    description: 'Comment les médias encadrent l’usage des outils génératifs.',
    commentary:
      'L’article décrit les chartes que les rédactions adoptent pour l’IA générative : transparence envers le lectorat, relecture humaine systématique, jamais d’image générée présentée comme une photo. Je pense que nos comptes de marque auront besoin de la même chose, et vite : qui oserait publier un visuel généré sans le dire après un bad buzz ?',
  },
  {
    author: 'theo.girard@clique.test',
    daysAgo: 22,
    team: true,
    url: 'https://www.smashingmagazine.com/2026/03/design-systems-small-teams',
    topics: ['Design'],
    site: 'Smashing Magazine',
    title: 'Design systems for small teams',
    description: 'Starting a design system without a dedicated team.',
    commentary:
      'Un design system, ce n’est pas réservé aux grandes marques : l’article propose de commencer par dix composants et une page de règles de ton. Pour une association qui publie sur quatre réseaux avec des bénévoles, un mini-système de gabarits éviterait les visuels incohérents que l’on voit partout. Je vais le proposer pour notre projet.',
  },
  {
    author: 'manon.perret@clique.test',
    daysAgo: 19,
    url: 'https://www.cnil.fr/fr/cookies-et-autres-traceurs',
    topics: ['Droit du numérique', 'Webmarketing'],
    site: 'CNIL',
    title: 'Cookies et autres traceurs',
    description: 'Les règles pour les sites et applications.',
    commentary:
      'Rappel utile avant nos campagnes : refuser doit être aussi simple qu’accepter, et un bandeau qui pousse au « oui » peut coûter cher. Côté suisse, la nouvelle LPD est moins stricte sur le consentement, mais dès que l’on vise un public français, ce sont ces règles qui s’appliquent. À vérifier pour chaque site de partenaire.',
  },
  {
    author: 'hugo.blanc@clique.test',
    daysAgo: 16,
    url: 'https://www.journaldunet.com/marketing/seo/recherche-conversationnelle',
    topics: ['Webmarketing', 'Nouvelles technologies'],
    site: 'Journal du Net',
    title: 'Le SEO à l’heure de la recherche conversationnelle',
    description: 'Ce qui change quand les moteurs répondent au lieu de lister.',
    commentary:
      'Si les moteurs répondent directement, le trafic vers les articles « définition » va fondre. L’auteur conseille de miser sur ce qu’une machine ne résume pas : études de cas, chiffres propres, avis signés. Pour le blog de notre entreprise partenaire, c’est un argument pour publier moins mais plus original.',
  },
  {
    author: 'chloe.jaccard@clique.test',
    daysAgo: 13,
    url: 'https://www.rts.ch/info/sciences-tech/reseaux-sociaux-adolescents',
    topics: ['Réseaux sociaux'],
    site: 'RTS Info',
    title: 'Les adolescents et les réseaux sociaux',
    description: 'Une enquête sur les usages des 12–19 ans.',
    commentary:
      'Les 12–19 ans utilisent les messageries de groupe bien plus que les fils publics : les conversations se passent là où les marques ne vont pas. Pour une campagne de prévention, il faut donc penser « contenus que l’on transfère » plutôt que « contenus que l’on like ». Cela rejoint ce que l’intervenante nous disait sur l’engagement.',
    quote: 'Ce qu’on partage en privé compte plus que ce qu’on aime en public.',
  },
  {
    author: 'nicolas.rey@clique.test',
    daysAgo: 10,
    public: false,
    url: 'https://www.arcep.fr/la-regulation/grands-dossiers-internet-et-numerique/lempreinte-environnementale-du-numerique.html',
    topics: ['Nouvelles technologies', 'Droit du numérique'],
    site: 'Arcep',
    title: 'L’empreinte environnementale du numérique',
    description: 'Mesures et recommandations du régulateur.',
    commentary:
      'Les terminaux pèsent bien plus que les centres de données dans l’empreinte du numérique. Pour nous, cela relativise la chasse aux vidéos trop lourdes et pose une vraie question : encourager le renouvellement des téléphones par nos campagnes, est-ce encore défendable ? Je propose d’en débattre en atelier.',
  },
  {
    author: 'ines.dubois@clique.test',
    daysAgo: 8,
    url: 'https://www.blogdumoderateur.com/moderation-communaute-bonnes-pratiques',
    topics: ['Réseaux sociaux'],
    site: 'BDM',
    title: 'Modérer une communauté : les bonnes pratiques',
    description: 'Charte, délais de réponse et gestion des trolls.',
    commentary:
      'La partie la plus utile porte sur la charte de modération publiée : elle protège le CM, parce que chaque suppression renvoie à une règle connue de tous. L’article conseille aussi de ne jamais supprimer une critique argumentée, seulement les insultes. Exactement le cas que Sophie nous a présenté en cours sur le bad buzz.',
  },
  {
    author: 'lucas.favre@clique.test',
    daysAgo: 6,
    team: true,
    url: 'https://developer.mozilla.org/fr/docs/Web/Performance',
    topics: ['Dev web'],
    site: 'MDN Web Docs',
    title: 'Performance web',
    description: 'Mesurer et améliorer la vitesse de chargement.',
    commentary:
      'Une page qui met plus de trois secondes à s’afficher sur mobile perd une bonne partie de ses visiteurs : nos liens sponsorisés vers des pages lentes, c’est du budget jeté. L’article explique quoi mesurer (le premier affichage, la stabilité de la mise en page) ; on peut le vérifier nous-mêmes avant de lancer une campagne.',
  },
  {
    author: 'mathieu.python@clique.test',
    daysAgo: 4,
    url: 'https://www.journaldunet.com/marketing/influence-micro-influenceurs',
    topics: ['Webmarketing', 'Réseaux sociaux'],
    site: 'Journal du Net',
    title: 'Micro-influenceurs : le retour sur investissement en question',
    description: 'Petites audiences, fort engagement ?',
    commentary:
      'L’article nuance l’idée reçue : les micro-influenceurs engagent plus, mais leurs audiences se recoupent et les coûts de coordination explosent. Pour une PME romande, deux ou trois partenariats longs valent mieux que vingt publications isolées. Et il faut toujours vérifier l’audience réelle, pas seulement le nombre d’abonnés.',
  },
  {
    author: 'elodie.chappuis@clique.test',
    daysAgo: 3,
    url: 'https://www.letemps.ch/cyber/arnaques-faux-comptes-marques',
    topics: ['Réseaux sociaux', 'Droit du numérique'],
    site: 'Le Temps',
    title: 'Les faux comptes de marque se multiplient',
    description: 'Comment les arnaqueurs imitent les services clients.',
    commentary:
      'De faux comptes « service client » répondent aux plaintes publiques plus vite que les vrais et envoient des liens piégés. La parade décrite : répondre vite, toujours depuis le compte certifié, et épingler un message qui rappelle les canaux officiels. Encore un argument pour la réactivité que l’on défend en cours.',
  },
  {
    author: 'yann.lefevre@clique.test',
    daysAgo: 2,
    url: 'https://www.smashingmagazine.com/2026/05/writing-alt-text-social-media',
    topics: ['Design', 'Réseaux sociaux'],
    site: 'Smashing Magazine',
    title: 'Writing alt text for social media',
    description: 'Describing images so everyone gets the post.',
    commentary:
      'Un texte alternatif n’est pas une légende : il dit ce que l’image apporte au message, en une ou deux phrases. Les réseaux le permettent presque tous, mais peu de marques le remplissent. C’est un geste simple qui rend nos publications lisibles par les personnes aveugles, et je propose qu’on en fasse une règle de la volée.',
  },
];

const COMMENTS: [post: number, author: string, body: string, reply?: [string, string]][] = [
  [
    0,
    'hugo.blanc@clique.test',
    'Intéressant, mais l’échantillon mélange indépendants et salariés : pour le B2B pur, j’aimerais voir le détail.',
    [
      'camille.rochat@clique.test',
      'Bonne remarque, l’étude complète a un tableau par statut : je le mets dans le dossier du projet.',
    ],
  ],
  [
    2,
    'ines.dubois@clique.test',
    'Une charte IA pour une marque, oui, mais qui la fait respecter quand l’agence sous-traite les visuels ?',
    [
      'lea.muller@clique.test',
      'Il faudrait l’inscrire dans le contrat avec l’agence, comme le droit à l’image.',
    ],
  ],
  [
    2,
    'nicolas.rey@clique.test',
    'La transparence ne suffit pas si personne ne lit les mentions. Le vrai test, c’est le premier bad buzz.',
  ],
  [
    4,
    'lucas.favre@clique.test',
    'Côté technique, beaucoup de bandeaux chargent les traceurs avant même le choix. À vérifier avec les outils du navigateur.',
  ],
  [
    6,
    'camille.rochat@clique.test',
    'Ça rejoint l’idée des contenus « transférables » : un bon visuel informatif circule plus qu’une vidéo de marque.',
    [
      'chloe.jaccard@clique.test',
      'Exactement, et les associations de prévention l’ont bien compris.',
    ],
  ],
  [
    8,
    'theo.girard@clique.test',
    'Et la charte, on la rédige avant d’ouvrir le compte, pas après la première crise !',
    ['ines.dubois@clique.test', 'Oui, c’est le premier livrable que je proposerais à un client.'],
  ],
  [
    8,
    'manon.perret@clique.test',
    'Supprimer une critique argumentée, c’est souvent le début du bad buzz. D’accord avec l’article.',
  ],
  [
    10,
    'elodie.chappuis@clique.test',
    'Je ne suis pas convaincue : pour un lancement, le volume compte aussi. Tout dépend de l’objectif.',
    [
      'mathieu.python@clique.test',
      'D’accord pour la notoriété ; pour la conversion, les partenariats longs gagnent.',
    ],
  ],
  [
    11,
    'yann.lefevre@clique.test',
    'Épingler les canaux officiels, c’est simple et ça devrait être automatique sur chaque compte.',
  ],
  [
    12,
    'lea.muller@clique.test',
    'Bonne idée de règle. On pourrait l’ajouter à la charte de la volée.',
  ],
];

/**
 * The MCMS demo cohort's veille: its six topics, the four friends' team, a dozen links shared
 * over the past weeks with each student's commentary (previews stored as fetched, no image),
 * debates one level deep, reactions and bookmarks, the instructor's pinned question and one
 * post hidden with its reason; the cohort's feed is published. Runs inside loadDemoData's
 * transaction, after scheduling (the cohort and its people exist).
 */
export async function loadDemoVeille(
  manager: EntityManager,
  cohortName: string,
  calendar: DemoCalendar,
): Promise<void> {
  const [cohort] = await manager.query<{ id: string }[]>(`SELECT id FROM cohorts WHERE name = $1`, [
    cohortName,
  ]);
  if (!cohort) return;
  const people = new Map(
    (
      await manager.query<{ id: string; email: string }[]>(
        `SELECT id, email FROM users WHERE email LIKE '%@clique.test'`,
      )
    ).map((u) => [u.email, u.id]),
  );
  const person = (email: string) => {
    const id = people.get(email);
    if (!id) throw new Error(`demo veille: no ${email}`);
    return id;
  };
  const instructor = person('sophie.mercier@clique.test');
  const ago = (days: number, hours = 0) => calendar.now.minus({ days, hours }).toJSDate();

  await manager.query(
    `INSERT INTO veille_settings (cohort_id, min_commentary_chars, public_feed, public_key, digest_enabled)
     VALUES ($1, 200, TRUE, 'mcms-veille-demo', TRUE)`,
    [cohort.id],
  );
  const topics = new Map(
    (
      await manager.query<{ id: string; name: string }[]>(
        `INSERT INTO veille_topics (cohort_id, name, position)
         SELECT $1, t.name, t.n - 1 FROM unnest($2::text[]) WITH ORDINALITY AS t(name, n)
         RETURNING id, name`,
        [cohort.id, TOPICS],
      )
    ).map((t) => [t.name, t.id]),
  );
  const [team] = await manager.query<{ id: string }[]>(
    `INSERT INTO veille_teams (cohort_id, name, description, created_by_id, created_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [cohort.id, TEAM.name, TEAM.description, person(TEAM.members[0][0]), ago(35)],
  );
  await manager.query(
    `INSERT INTO veille_team_members (cohort_id, team_id, student_id, specialty_topic_id)
     SELECT $1, $2, m.student, m.topic FROM unnest($3::uuid[], $4::uuid[]) AS m(student, topic)`,
    [
      cohort.id,
      team.id,
      TEAM.members.map(([e]) => person(e)),
      TEAM.members.map(([, t]) => topics.get(t)),
    ],
  );

  const links = POSTS.map((p) => {
    const u = new URL(p.url);
    const key = `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`;
    return [
      person(p.author),
      p.team ? team.id : null,
      p.url,
      key,
      p.commentary,
      p.quote ?? null,
      p.public ?? true,
      p.title,
      p.description,
      p.site,
      ago(p.daysAgo, 3),
    ];
  });
  const col = (i: number) => links.map((l) => l[i]);
  const postIds = (
    await manager.query<{ id: string }[]>(
      `INSERT INTO veille_posts (cohort_id, author_id, team_id, kind, url, url_key, commentary, quote, public,
                                 preview_status, preview_title, preview_description, preview_site_name,
                                 preview_fetched_at, created_at, updated_at)
       SELECT $1, x.author, x.team, 'link', x.url, x.key, x.commentary, x.quote, x.public, 'ok', x.title,
              x.description, x.site, x.at, x.at, x.at
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[],
                     $9::text[], $10::text[], $11::text[], $12::timestamptz[]) WITH ORDINALITY
              AS x(author, team, url, key, commentary, quote, public, title, description, site, at, n)
        ORDER BY x.n
       RETURNING id`,
      [
        cohort.id,
        col(0),
        col(1),
        col(2),
        col(3),
        col(4),
        col(5),
        col(6),
        col(7),
        col(8),
        col(9),
        col(10),
      ],
    )
  ).map((r) => r.id);
  await manager.query(
    `INSERT INTO veille_post_topics (cohort_id, post_id, topic_id)
     SELECT $1, x.post, x.topic FROM unnest($2::uuid[], $3::uuid[]) AS x(post, topic)`,
    [
      cohort.id,
      POSTS.flatMap((p, i) => p.topics.map(() => postIds[i])),
      POSTS.flatMap((p) => p.topics.map((t) => topics.get(t))),
    ],
  );

  // The instructor's pinned question, and a post she hid with its reason.
  await manager.query(
    `INSERT INTO veille_posts (cohort_id, author_id, kind, title, commentary, public, pinned_at, pinned_by_id, created_at, updated_at)
     VALUES ($1, $2, 'question', 'Faut-il répondre aux trolls, ou les ignorer ?',
             'Après le cas présenté en cours : dans quels cas répondez-vous, et comment ? Appuyez-vous sur un article de la veille ou sur une expérience vécue.',
             FALSE, $3, $2, $3, $3)`,
    [cohort.id, instructor, ago(1, 6)],
  );
  await manager.query(
    `INSERT INTO veille_posts (cohort_id, author_id, kind, url, url_key, commentary, public, preview_status,
                               preview_title, preview_site_name, hidden_at, hidden_by_id, hidden_reason, created_at, updated_at)
     VALUES ($1, $2, 'link', 'https://example-buzz.net/90-pourcent-des-marques', 'example-buzz.net/90-pourcent-des-marques',
             'Selon ce site, 90 % des marques vont quitter les réseaux sociaux d’ici deux ans. Si c’est vrai, tout notre métier change, et il faudrait en parler très vite en cours.',
             TRUE, 'ok', '90 % des marques vont quitter les réseaux', 'example-buzz.net', $3, $4, $5, $6, $6)`,
    [
      cohort.id,
      person('hugo.blanc@clique.test'),
      ago(5),
      instructor,
      'Source non vérifiée : merci de citer l’étude d’origine.',
      ago(5, 4),
    ],
  );

  // Debates: top-level comments, then one reply each at most.
  const roots = await manager.query<{ id: string }[]>(
    `INSERT INTO veille_comments (post_id, author_id, body, created_at, updated_at)
     SELECT x.post, x.author, x.body, x.at, x.at FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])
       WITH ORDINALITY AS x(post, author, body, at, n) ORDER BY x.n RETURNING id`,
    [
      COMMENTS.map(([i]) => postIds[i]),
      COMMENTS.map(([, a]) => person(a)),
      COMMENTS.map(([, , b]) => b),
      COMMENTS.map(([i], n) => ago(POSTS[i].daysAgo - 1, n % 5)),
    ],
  );
  const replies = COMMENTS.flatMap(([post, , , reply], n) =>
    reply ? [{ post, root: roots[n].id, author: reply[0], body: reply[1] }] : [],
  );
  await manager.query(
    `INSERT INTO veille_comments (post_id, parent_id, author_id, body, created_at, updated_at)
     SELECT x.post, x.parent, x.author, x.body, x.at, x.at
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS x(post, parent, author, body, at)`,
    [
      replies.map((x) => postIds[x.post]),
      replies.map((x) => x.root),
      replies.map((x) => person(x.author)),
      replies.map((x) => x.body),
      replies.map((x) => ago(Math.max(POSTS[x.post].daysAgo - 2, 0), 1)),
    ],
  );

  // Reactions from the cohort, and Camille's "to read" list.
  const students = (
    await manager.query<{ id: string }[]>(
      `SELECT student_id AS id FROM enrolments WHERE cohort_id = $1 AND status = 'active' ORDER BY student_id`,
      [cohort.id],
    )
  ).map((r) => r.id);
  const kinds = ['useful', 'insightful', 'debatable'];
  const reactions = postIds.flatMap((post, i) =>
    students.filter((_, s) => (s + i) % 4 === 0).map((user, s) => [post, user, kinds[(s + i) % 3]]),
  );
  await manager.query(
    `INSERT INTO veille_reactions (post_id, user_id, kind, created_at)
     SELECT x.post, x.usr, x.kind, $4 FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(post, usr, kind)
     ON CONFLICT DO NOTHING`,
    [reactions.map((r) => r[0]), reactions.map((r) => r[1]), reactions.map((r) => r[2]), ago(1)],
  );
  const camille = person('camille.rochat@clique.test');
  await manager.query(
    `INSERT INTO veille_bookmarks (user_id, post_id, read_at) VALUES ($1, $2, NULL), ($1, $3, $4)`,
    [camille, postIds[11], postIds[5], ago(2)],
  );
  await manager.query(
    `INSERT INTO veille_profiles (user_id, public_name) VALUES ($1, 'Camille R., future CM'), ($2, 'Lucas F. · dev web')`,
    [camille, person('lucas.favre@clique.test')],
  );
}
