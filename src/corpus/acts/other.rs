//! Acts of no listed kind (`tjeter`): memoranda of understanding with
//! partners, internal instructions of the Mayor, and local action plans.
//! Their title words are none of the kinds arkiva knows, so ingest files
//! them as "Tjetër" — as it must for whatever else an office publishes.

use chrono::NaiveDate;

use super::super::draft::{Block, Draft};
use super::super::grammar::genitive;
use super::super::world::{dotted, Ctx, Office, MAYOR};
use crate::model::ActType;

const PARTNERS: &[&str] = &[
    "Agjencia për Zhvillim Rajonal – Lindje",
    "Qendra për Arsim të Qytetarëve \"Dija\"",
    "Shoqata e Fermerëve \"Toka e Anamoravës\"",
    "Kryqi i Kuq – Dega në Gjilan",
    "Universiteti Publik \"Kadri Zeka\"",
    "Oda Ekonomike Rajonale e Gjilanit",
    "Organizata Joqeveritare \"Rinia Aktive\"",
    "Shoqata e Personave me Aftësi të Kufizuara \"Hapi\"",
];

const FIELDS: &[(&str, &str)] = &[
    ("praktikën profesionale të studentëve", "studentët e fakulteteve do të kryejnë praktikën profesionale në drejtoritë komunale, nën mbikëqyrjen e një mentori të caktuar nga secila drejtori"),
    ("mbështetjen e fermerëve të rinj", "palët do të organizojnë trajnime për fermerët e rinj dhe do të ndihmojnë në përgatitjen e aplikacioneve për grante"),
    ("ndihmën për familjet në nevojë", "palët do të koordinojnë listat e përfituesve dhe shpërndarjen e pakove ushqimore gjatë muajve të dimrit"),
    ("punësimin e të rinjve", "palët do të organizojnë panaire pune dhe do të ndërmjetësojnë praktika pune në bizneset e rajonit"),
    ("gjithëpërfshirjen e personave me aftësi të kufizuara", "palët do të përshtatin hyrjet e objekteve publike dhe do të organizojnë aktivitete të përbashkëta sportive e kulturore"),
    ("edukimin qytetar në shkolla", "palët do të zhvillojnë orë të hapura me nxënësit për pjesëmarrjen në vendimmarrje dhe për punën e Kuvendit të Komunës"),
];

const RULES: &[(&str, &[&str])] = &[
    ("përdorimin e automjeteve zyrtare", &[
        "Automjetet zyrtare përdoren vetëm për kryerjen e detyrave zyrtare, me urdhër udhëtimi të nënshkruar nga drejtori përkatës.",
        "Pas përfundimit të orarit të punës automjetet parkohen në oborrin e ndërtesës së Komunës, përveç rasteve kur lejohet ndryshe me shkrim.",
        "Shoferët mbajnë evidencë ditore për kilometrat e kaluara dhe për derivatet e shpenzuara.",
    ]),
    ("orarin e punës dhe evidencën e pranisë", &[
        "Orari i punës për zyrtarët komunalë fillon në ora 08:00 dhe përfundon në ora 16:00, me pushim ditor prej tridhjetë minutash.",
        "Prania në punë evidentohet përmes sistemit elektronik në hyrje të ndërtesës; mungesat arsyetohen brenda tri ditëve pune.",
        "Drejtorët e drejtorive janë përgjegjës për zbatimin e orarit nga zyrtarët e drejtorive që udhëheqin.",
    ]),
    ("trajtimin e kërkesave për qasje në dokumente publike", &[
        "Çdo kërkesë për qasje në dokumente publike regjistrohet në Zyrën për Informim ditën kur pranohet.",
        "Drejtoria që e ka dokumentin e dorëzon atë në Zyrën për Informim brenda pesë ditëve pune.",
        "Refuzimi i qasjes bëhet vetëm me vendim të arsyetuar, me këshillë juridike për të drejtën e ankesës.",
    ]),
];

/// An act of no listed kind.
pub fn tjeter(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    match ctx.rng.below(3) {
        0 => memorandum(ctx, date),
        1 => instruction(ctx, date),
        _ => action_plan(ctx, date),
    }
}

fn memorandum(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let partner = *ctx.rng.pick(PARTNERS);
    let (field, commitment) = *ctx.rng.pick(FIELDS);
    let years = ctx.rng.range(1, 3);
    let title = format!("Memorandum mirëkuptimi për {field}");
    let mayor = ctx.person();
    let head = ctx.person();
    let body = vec![
        Block::Title("MEMORANDUM MIRËKUPTIMI".into()),
        Block::Centered(format!("për {field}")),
        Block::Para(format!("Ky memorandum lidhet ndërmjet Komunës së Gjilanit, të përfaqësuar nga Kryetari i Komunës, z. {mayor}, dhe {partner}, të përfaqësuar nga {head}.")),
        Block::Para("1. Qëllimi".into()),
        Block::Para(format!("Qëllimi i këtij memorandumi është bashkëpunimi i palëve për {field} në territorin e Komunës së Gjilanit, në përputhje me ligjet në fuqi dhe me planet e zhvillimit të Komunës.")),
        Block::Para("2. Detyrimet e palëve".into()),
        Block::Para(format!("Në kuadër të këtij memorandumi {commitment}. Komuna siguron hapësirat e nevojshme dhe informacionin që ka në dispozicion, ndërsa partneri angazhon stafin dhe përvojën e vet profesionale.")),
        Block::Para("3. Koordinimi".into()),
        Block::Para("Secila palë cakton një person kontaktues. Personat kontaktues takohen së paku një herë në tre muaj dhe hartojnë raport të shkurtër për punën e bërë, i cili u dërgohet të dy palëve.".into()),
        Block::Para("4. Kohëzgjatja".into()),
        Block::Para(format!("Memorandumi hyn në fuqi ditën e nënshkrimit dhe është i vlefshëm {} nga kjo ditë. Secila palë mund ta ndërpresë atë me njoftim me shkrim tridhjetë ditë më parë. Memorandumi nuk krijon detyrime financiare për asnjërën palë.", years_phrase(years))),
        Block::Right(format!("Për Komunën e Gjilanit: {mayor}, Kryetar i Komunës")),
        Block::Right(format!("Për partnerin: {head}")),
    ];
    finish(ctx, MAYOR, date, title, body)
}

fn instruction(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let (subject, rules) = *ctx.rng.pick(RULES);
    let title = format!("Udhëzim për {subject}");
    let mut body = vec![
        Block::Para(format!("Në mbështetje të nenit 58 të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe të Statutit të Komunës së Gjilanit, me qëllim të rregullimit të {subject} në administratën komunale, Kryetari i Komunës nxjerr këtë:")),
        Block::Title("UDHËZIM".into()),
        Block::Centered(format!("për {subject}")),
    ];
    for (i, rule) in rules.iter().enumerate() {
        body.push(Block::Para(format!("{}. {rule}", i + 1)));
    }
    let n = rules.len();
    body.push(Block::Para(format!("{}. Mosrespektimi i këtij udhëzimi përbën shkelje të detyrave të punës dhe trajtohet sipas procedurave disiplinore të parapara me legjislacionin për zyrtarët publikë.", n + 1)));
    body.push(Block::Para(format!("{}. Për zbatimin e këtij udhëzimi kujdesen drejtorët e drejtorive dhe Drejtoria e Administratës, e cila e njofton çdo zyrtar me përmbajtjen e tij brenda tri ditëve pune.", n + 2)));
    body.push(Block::Para(format!("{}. Udhëzimi hyn në fuqi ditën e nënshkrimit dhe publikohet në ueb-faqen zyrtare të Komunës.", n + 3)));
    let mayor = ctx.person();
    body.push(Block::Right("Kryetari i Komunës".into()));
    body.push(Block::Right(mayor));
    finish(ctx, MAYOR, date, title, body)
}

fn action_plan(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let office = ctx.directorate();
    let first = ctx.days_after(date, 20, 60);
    let village = ctx.village();
    let aims = [
        format!(
            "përmirësimi i shërbimeve për qytetarët në fshatin {village} dhe në fshatrat përreth"
        ),
        "rritja e transparencës së punës së drejtorisë dhe publikimi i rregullt i të dhënave"
            .to_string(),
        "bashkëpunimi me shoqërinë civile dhe me bizneset lokale gjatë zbatimit të masave"
            .to_string(),
    ];
    let title = format!("Plani lokal i veprimit të {}", genitive(office));
    let mut body = vec![
        Block::Title("PLANI LOKAL I VEPRIMIT".into()),
        Block::Centered(format!("të {}", genitive(office))),
        Block::Para(format!("Ky plan përcakton masat që {} do t'i zbatojë gjatë dymbëdhjetë muajve të ardhshëm, afatet, bartësit e përgjegjësisë dhe burimet e financimit. Plani është hartuar pas konsultimit me qytetarët dhe me këshillat e fshatrave.", office.name)),
        Block::Para("Objektivat kryesore të planit janë:".into()),
    ];
    body.extend(aims.iter().map(|aim| Block::Para(format!("  – {aim};"))));
    body.push(Block::Para(format!("Masa e parë fillon të zbatohet më {}, ndërsa zbatimi i planit vlerësohet çdo tre muaj nga një grup punues i përbërë nga zyrtarë të drejtorisë dhe përfaqësues të shoqërisë civile. Raporti i vlerësimit i dërgohet Kryetarit të Komunës dhe publikohet në ueb-faqen zyrtare.", dotted(first))));
    body.push(Block::Para("Mjetet për zbatimin e planit sigurohen nga buxheti i drejtorisë, nga grantet e donatorëve dhe nga partneritetet me organizatat joqeveritare. Masat për të cilat nuk sigurohen mjete gjatë vitit barten në planin e vitit të ardhshëm, me arsyetim të shkurtër për shkaqet e vonesës.".into()));
    body.push(Block::Para("Plani është dokument i hapur: qytetarët mund të japin komente dhe propozime në çdo kohë përmes zyrës së pritjes ose me postë elektronike, dhe propozimet e pranuara përfshihen në rishikimin e radhës.".into()));
    body.push(Block::Right(office.name.into()));
    finish(ctx, office, date, title, body)
}

fn finish(
    ctx: &mut Ctx,
    office: Office,
    date: NaiveDate,
    title: String,
    body: Vec<Block>,
) -> Draft {
    let number = ctx.number(office, date);
    let line = ctx.number_line(&number);
    let mut blocks = ctx.header(office, Some(&line), date);
    blocks.extend(body);
    Draft::new(
        ActType::Tjeter,
        Some(number),
        date,
        office.name,
        title,
        blocks,
    )
}

fn years_phrase(years: u64) -> String {
    match years {
        1 => "një vit".into(),
        2 => "dy vjet".into(),
        n => format!("{n} vjet"),
    }
}
