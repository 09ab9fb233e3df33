namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Dangers to life said in English by foreign residents and visitors (ADR 0108, twenty-eighth session), beside the English
/// words of <see cref="CriticalCues"/>. The learned models still carry many English dangers: on a fresh English set, a higher
/// model bar for English texts lost dangers these rules did not find, so it was not kept. Compact phrases: lower case, no
/// spaces or apostrophes (can't → cant).
/// </summary>
internal static class EnglishCues
{
    private const Urgency C = Urgency.Critical;

    private static readonly string[] Someone =
    [
        "man", "woman", "someone", "somebody", "person", "guy", "lady", "neighbor", "neighbour", "friend", "roommate", "flatmate", "husband", "wife",
        "mother", "father", "mom", "mum", "dad", "brother", "sister", "coworker", "colleague", "boyfriend", "girlfriend",
    ];

    private static readonly string[] Child = ["toddler", "child", "kid", "baby", "infant", "boy", "girl", "myson", "mydaughter", "ourson", "ourdaughter"];

    private static readonly string[] Elder =
    [
        "elderly", "oldman", "oldlady", "oldwoman", "grandmother", "grandfather", "grandma", "grandpa", "granny", "oldneighbor", "oldneighbour",
        "seniorcitizen",
    ];

    /// <summary>Who can fall or jump: a person, not a phone or a cat (my cat fell from our balcony).</summary>
    private static readonly string[] People =
        [.. Someone, .. Child, "worker", "student", "tourist", "climber", "hiker", "cyclist", "teenager", "drunk", "swimmer"];

    private static readonly string[] EnglishWater = ["river", "water", "lake", "thesea", "hangang", "hanriver", "stream", "creek", "pool", "reservoir"];

    public static IReadOnlyList<UrgencyCue> All { get; } =
    [
        // Breath, airway and colour (his lips are blue and he makes no sound; her throat feels like it is closing).
        UrgencyCue.Any(C, "응급 환자", "stoppedbreathing", "notbreath", "nobreath", "cannotbreathe", "cantbreath", "cannotbreath", "couldntbreathe", "hardlybreathing", "barelybreathing",
            "gaspingfor", "isgasping", "hesgasping", "shesgasping", "keepsgasping", "lipsareblue", "lipslookblue", "lipsturnblue", "lipsareturningblue", "lipsblue",
            "lipsaregrey", "lipsaregray", "turninggrey", "turninggray", "turningpurple", "throatisclosing", "throatclosing", "throatisswelling", "throatswelling",
            "babyisblue"),
        // Consciousness (she won't wake up, passed out, a man who doesn't respond when shaken).
        UrgencyCue.Any(C, "응급 환자", "passedout", "wontwake", "notwaking", "doesntwakeup", "didntwakeup", "cantwakehim", "cantwakeher", "cannotwakehim",
            "cannotwakeher", "hardtowake", "verydifficulttowake", "lostconsciousness", "losingconsciousness", "isnotconscious", "isntconscious", "noheartbeat", "nopulse",
            "hisheartstopped", "herheartstopped", "heartstoppedbeating", "notwakeup", "cardiacarrest", "convulsing", "convulsion", "eyesrolledback", "eyesrollingback", "foamingatthe"),
        new UrgencyCue(C, "응급 환자", [["notresponding", "doesntrespond", "doesnotrespond", "isntresponding", "wontrespond", "noresponse"]],
            DocumentContext: ["breath", "collapsed", "lying", "fell", "shake", "shook", "pulse", "conscious", "ambulance", "wake", "homeless"]),
        // A stroke's signs (her face is drooping on one side, suddenly can't speak properly, his arm went weak).
        UrgencyCue.Any(C, "응급 환자", "facedrooping", "faceisdrooping", "facedroop", "droopingononeside", "speechisslurred", "slurredspeech", "speechslurred", "slurringherwords", "slurringhiswords", "suddenlycantspeak", "suddenlycannotspeak", "armisweak", "armwentweak", "armisnumb", "havingastroke"),
        // Blood that will not stop; a fall that leaves someone unable to get up or move.
        UrgencyCue.Any(C, "응급 환자", "bleedingheavily", "bleedingbadly", "bleedingfromhis", "bleedingfromher", "bleedingfromthehead", "bleedingfromhead",
            "headisbleeding", "wontstopbleeding", "isntbreathing", "havingaheartattack", "haveingaheartattack", "maybeheartattack", "maybeaheartattack",
            "heartattacknow", "heartattackat", "heartattackin", "thinkheartattack", "thinkitsaheartattack", "cantstopthebleeding", "cantstopbleeding", "bloodeverywhere", "poolofblood", "soakedinblood",
            "cantmovehislegs", "cantmoveherlegs", "cannotmovehislegs", "cannotmoveherlegs", "cantfeelhislegs",
            "cantfeelherlegs", "sendanambulance", "weneedanambulance", "ineedanambulance", "needsanambulance", "sendambulance", "gasexplosion",
            "onthetracks", "hitbyacar", "hitbyabus", "hitbyatruck", "wasrunover", "gotrunover", "drankbleach", "atepoison", "ateratpoison",
            "swallowedabattery", "swallowedbattery", "swallowedamagnet", "sendfirefighters", "needfirefighters", "notafiredrill", "notadrill",
            "peopleareunder", "peopleunderthe", "someoneisunder", "somebodyisunder", "personisunder", "manisunder", "womanisunder", "workersareunder",
            "workerisunder", "childisunder", "kidisunder", "stuckunderthe"),
        // Onto the tracks: a person, not a phone (i dropped my phone onto the track).
        UrgencyCue.All(C, "응급 환자", People, ["ontothetrack"]),
        // Blood that will not stop from a wound (deep cut on arm blood wont stop), not a dog's nail or a period.
        UrgencyCue.All(C, "응급 환자", ["cut", "wound", "head", "arm", "leg", "hand", "neck", "stab", "knife", "glass", "fell", "accident"], ["bloodwontstop", "bleedingwontstop"]),
        // Fuel poured out to be lit (poured gasoline around the entrance and has a lighter), not thinner down a drain.
        new UrgencyCue(C, "화재", [["pouredgasoline", "pouringgasoline", "pouredpetrol", "pouringpetrol", "pouredthinner", "pouredlighterfluid"]],
            DocumentContext: ["lighter", "threat", "shouting", "screaming", "kill", "settingfire", "setfire", "himself", "herself", "around", "onpeople"]),
        new UrgencyCue(C, "응급 환자", [["cantgetup", "cannotgetup", "cantstandup", "cannotstandup", "couldntgetup"]],
            DocumentContext: ["fell", "fallen", "collapsed", "slipped", "lying"]),
        UrgencyCue.All(C, "응급 환자", ["pills", "pill", "medication", "medicine", "tablets"],
            ["tookalot", "tookawhole", "tookthewhole", "tookall", "swallowedall", "swallowedalot", "swallowedawhole", "hardtowake", "wontwake"]),
        // A wish or a plan to die (I don't want to live anymore; tonight will be the end; she said she will jump).
        new UrgencyCue(C, "자살·자해 위험", [["dontwanttolive", "donotwanttolive", "dontwanttobealive", "nolongerwanttolive", "dontwanttobehereanymore", "cantgoonanymore",
            "cannotgoonanymore", "cantgoonliving", "iwillendit", "wanttoendit", "goingtoendit", "endmyself", "goodbyeletter", "goodbyenote",
            "suicidenote", "farewellnote", "farewellletter", "shewilljump", "hewilljump", "iwilljump", "imgoingtojump", "hesgoingtojump", "shesgoingtojump", "goingtojumpoff", "gonnajump", "wantstojumpoff", "wanttojumpoff", "threateningtojump",
            "wanttohurtmyself", "goingtohurtmyself", "cuttingherself", "cuttinghimself", "cutmywrist", "cuthiswrist", "cutherwrist", "slitwrist", "slithiswrist",
            "slitherwrist"]], Intent: true),
        // A note or goodbye messages and someone gone (left a note saying sorry; a rope from the garage is gone).
        new UrgencyCue(C, "자살·자해 위험", [["leftanote", "leftnote", "wroteanote", "foundanote", "foundhisnote", "foundhernote", "goodbyemessage", "goodbyetext",
            "sentgoodbye", "saidgoodbyetoeveryone"]],
            DocumentContext: ["sorry", "rope", "pills", "bridge", "jump", "notlookfor", "notlookingfor", "dontlookfor", "missing", "isgone", "knife", "lockedthedoor",
                "lockedherself", "lockedhimself", "wontopen"]),
        new UrgencyCue(C, "자살·자해 위험", [["onthebridge", "onthebridgerail", "ontheledge", "ontheroofedge", "edgeoftheroof", "outsidetherailing", "overtherailing"]],
            DocumentContext: ["jump", "dontwanttolive", "goodbye", "todie", "sorryforeverything"]),
        // In the water and not coming up (going under; struggling about twenty meters from the bank).
        UrgencyCue.Any(C, "익수", "goingunder", "wentunderthewater", "wentunderwater", "keepsgoingunder", "strugglinginthewater", "strugglingintheriver", "inthewaterstruggling",
            "cantswim", "cannotswim", "hasntcomeup", "didntcomeup"),
        UrgencyCue.All(C, "익수", EnglishWater, ["strugglingin", "strugglingtostayafloat", "cannotseehim", "cantseehim", "cannotseeher", "cantseeher", "disappearedunder", "cantgetout", "swept"]),
        UrgencyCue.All(C, "익수", People, ["jumpedinto", "jumpedin", "jumpedoff", "jumpedfrom", "fellinto", "fellin", "felloff", "fellfrom", "jumpsinto", "jumpsoff"],
            ["river", "water", "lake", "bridge", "hanriver", "hangang", "thesea", "reservoir"]),
        UrgencyCue.All(C, "응급 환자", People, ["jumpedoff", "jumpedfrom", "felloff", "fellfrom", "fallenfrom", "fallenoff"], ["roof", "rooftop", "window", "balcony", "terrace", "floor", "ladder", "scaffold"]),
        // Fire seen as flames ("fire" and "smoke" alone are cues already, CriticalCues).
        UrgencyCue.Any(C, "화재", "flamescoming", "flamesare", "flamesout", "inflames"),
        // Gas, carbon monoxide.
        UrgencyCue.Any(C, "가스 누출", "smellgas", "smellslikegas", "gasodor", "gasodour", "carbonmonoxide"),
        // Water coming in with people inside (up to our knees; the door won't open), not a leak from upstairs.
        UrgencyCue.Any(C, "침수", "uptomyknees", "uptoourknees", "uptomywaist", "uptoourwaist", "uptomychest", "kneedeep", "waistdeep", "waterisrisingfast"),
        UrgencyCue.All(C, "침수", ["water", "flood"], ["doorwontopen", "cantopenthedoor", "doorwillnotopen", "cantgetout", "cannotgetout", "trapped"]),
        // Something tall about to fall (tower crane swinging strangely, looks like falling).
        UrgencyCue.All(C, "붕괴", ["crane", "scaffold", "wall", "building", "pole", "billboard", "ceiling", "balcony", "roof", "signboard", "bigtree"],
            ["abouttofall", "goingtofall", "lookslikefalling", "lookslikeitwillfall", "lookslikeitsgoingtofall", "tilting", "swingingstrangely", "leaningmore",
                "startedtolean", "cavingin", "cavedin", "abouttocollapse", "goingtocollapse"]),
        // Violence happening now, being followed, someone breaking in.
        UrgencyCue.All(C, "폭력·위협", Someone, ["followedmehome", "followedmeinto", "followedmeto", "followingmehome", "isfollowingme", "stalkingme", "attackingpeople"]),
        UrgencyCue.Any(C, "폭력·위협", "hittinghiswife", "hittingher", "hittinghim", "hittingawoman", "hittingaman", "hittingachild", "hittingthekid",
            "hittingthechild", "beatingher", "beatinghim", "beatingup", "beatsher", "attackingher", "attackinghim", "tryingtobreakin",
            "breakingin", "breakinginto", "bangingonmydoor", "bangingonthedoor", "bangingonourdoor", "grabbedme", "grabmyarm", "triedtograb", "threatenedtokill", "threateningtokill", "withaknife", "holdingaknife", "pulledaknife", "screamingforhelp", "criedforhelp", "cryingforhelp"),
        // Someone in the house now, or just broken in; a car broken into is property (thirtieth session).
        UrgencyCue.Any(C, "폭력·위협", "brokeintomyhouse", "brokeintomyhome", "brokeintomyapartment", "brokeintomyflat", "brokeintoourhouse", "brokeintoourhome",
            "brokeintoourapartment", "burglarisin", "burglarinmy", "burglarsinmy", "intruderinmy", "intruderisin", "someoneisinmyhouse", "someonesinmyhouse",
            "someoneinmyhouse", "someoneisinmyapartment", "someonesinmyapartment", "strangerinmyhouse", "strangerisinmy"),
        // A vehicle on its roof or its side (a bus flipped over, the truck overturned).
        UrgencyCue.Any(C, "교통사고", "carflipped", "busflipped", "truckflipped", "vanflipped", "taxiflipped", "tractorflipped", "carrolledover", "busrolledover",
            "truckrolledover", "vanrolledover", "caroverturned", "busoverturned", "truckoverturned", "vanoverturned", "overturnedcar", "overturnedbus", "overturnedtruck",
            "flippedcar", "flippedbus", "flippedtruck"),
        // A child alone in danger (a toddler walking alone next to the traffic lanes; on the window ledge; alone for days without food).
        UrgencyCue.All(C, "아동 위험", Child, ["walkingalone", "alonenear", "nofood", "noadult", "noparent", "windowledge", "ontheledge",
            "hotcar", "lockedinthecar", "leftinthecar", "leftinacar", "aloneinthecar", "islost", "hasdisappeared", "justdisappeared", "drain", "manhole", "onthehighway", "highwayshoulder",
            "trafficlanes", "middleoftheroad"]),
        // An elder missing, wandering or unseen for days.
        UrgencyCue.All(C, "어르신 위험", Elder, ["hasntbeenseen", "notbeenseen", "haventseen", "hasntopened", "notansweringthedoor",
            "wanderingin", "wanderingon", "wanderingaround", "barefoot", "fellandcant"]),
        new UrgencyCue(C, "고독사 의심", [["hasntbeenseen", "notbeenseen", "haventseen", "havenotseen", "hasntopened", "hasnotopened", "hasntcomeout"]],
            DocumentContext: ["smell", "piledup", "pilingup", "pileup", "mail", "newspapers", "ringsinside", "theringing"]),
        // Pinned or shut in.
        UrgencyCue.All(C, "고립·갇힘", Someone, ["pinnedunder", "pinneddown", "ispinned", "trappedunder"]),
        // Neutral English phrases that hold a cue: a traffic light stuck on green, alarms, detectors and drills, figures of speech.
        UrgencyCue.Any(Urgency.Normal, "비유·제도 표현", "stuckongreen", "stuckonred", "stuckintraffic", "stuckinline", "stuckinthequeue", "stuckathome",
            "firealarm", "smokedetector", "firedetector", "firedrill", "firesafety", "fireinsurance", "firestation", "smokemachine", "smokingarea", "smokingzone",
            "secondhandsmoke", "cigarettesmoke", "nearlyhadaheartattack", "almosthadaheartattack", "gavemeaheartattack", "phonedied", "batterydied",
            "dyingto", "firesale", "gotfired", "firedme", "firefighter", "ceasefire", "fellinlove", "boyfriend", "girlfriend",
            "peoplesmoke", "theysmoke", "smokesonhis", "smokesonher", "smokecigarettes",
            "burningsensation", "burningquestion", "passedoutflyers", "passedoutleaflets", "passedoutpamphlets", "passedoutfliers", "passedoutfreefood", "passedoutmasks", "passedoutgifts", "passedoutsnacks",
            "passedoutcoupons", "passedoutsamples", "passedoutwater", "passedouttickets",  "ifieversmellgas", "ifismellgas", "ifyousmellgas", "whenismellgas", "incaseismellgas",
            // Fire equipment and services, not a fire; success and exhaustion, not flames (ADR 0108, twenty-ninth session).
            // Not fire truck or fire department (send fire truck), burn out (car burning outside), packed or crowded and can't
            // breathe (a crowd crush), a phone on fire (a battery fire), smoke every (smoke everywhere): after a review.
            "firedepartmenthiring", "firedepartmentjob", "firetruckparked", "firetruckisparked", "firetrucksparked", "firetrucksareparked", "firehydrant", "fireexit", "fireshutter", "firedoor", "fireinspection", "firewood", "onfirethisseason", "onfirethesedays", "onfirelately",
            "onfirethisyear", "imburningout", "amburningout", "burningoutatwork", "burningoutatmyjob", "burnoutfromwork", "workburnout", "jobburnout",
            "knifeset", "smokeeveryday", "smokeeverynight", "smokeeveryevening", "smokeeverymorning", "smokealarm", "feellikeimdrowning", "feellikedrowning",
            "feelslikeimdrowning", "chokingontheprice", "chokingonthedust", "chokingondust", "burningsale", "burningfeeling", "cantswimwell", "cannotswimwell",
            "fireshow", "fireperformance", "firedance", "wasthereafire", "grillsmoke", "bbqsmoke", "barbecuesmoke", "cookingsmoke", "inboxisonfire"),
    ];
}
