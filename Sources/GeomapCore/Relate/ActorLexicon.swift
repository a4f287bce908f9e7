/// Arabic and English names, abbreviations and pejoratives of the actors, and coreference.
public enum ActorLexicon {
  static let names: [(String, Actor)] = [
    // ISIS
    ("داعش", .isis), ("تنظيم داعش", .isis), ("تنظيم الدولة", .isis), ("تنظيم الدولة الإسلامية", .isis),
    ("الدولة الإسلامية", .isis), ("ISIS", .isis), ("ISIL", .isis), ("Daesh", .isis), ("Daish", .isis),
    ("Islamic State", .isis), ("Islamic State group", .isis),
    // The group's name in 2013–14, before it dropped «في العراق والشام» ("of Iraq and the Levant").
    ("الدولة الإسلامية في العراق والشام", .isis), ("تنظيم الدولة الإسلامية في العراق والشام", .isis),
    // The same in English: its places are part of the name ("Sham" is no Damascus).
    ("Islamic State of Iraq and Sham", .isis), ("Islamic State of Iraq and al-Sham", .isis),
    ("Islamic State of Iraq and the Levant", .isis), ("Islamic State in Iraq and the Levant", .isis),
    ("Islamic State of Iraq and Syria", .isis), ("Islamic State in Iraq and Syria", .isis),
    // SDF, YPG/PYD
    ("قسد", .sdf), ("قوات سوريا الديمقراطية", .sdf), ("SDF", .sdf), ("Syrian Democratic Forces", .sdf),
    // Reuters' spelling of the SDF's name in its early reports (2015–16).
    ("Syria Democratic Forces", .sdf),
    ("وحدات حماية الشعب", .ypg), ("حزب الاتحاد الديمقراطي", .ypg), ("YPG", .ypg), ("PYD", .ypg),
    ("People's Protection Units", .ypg), ("Democratic Union Party", .ypg), ("الوحدات الكردية", .ypg),
    ("وحدات حماية الشعب الكردية", .ypg), ("Kurdish-led forces", .sdf),
    // "administered by the Kurdish-led authorities": the SDF's civil administration (AANES).
    ("Kurdish-led authorities", .sdf), ("Kurdish-led administration", .sdf),
    // Turkish and Anadolu usage: «تنظيم "ي ب ك/بي كا كا"», "YPG/PKK".
    ("ي ب ك", .ypg), ("بي كا كا", .ypg), ("ي ب ك/بي كا كا", .ypg), ("YPG/PKK", .ypg), ("PKK/YPG", .ypg),
    ("PKK/PYD", .ypg), ("PYD/PKK", .ypg),
    // Regime
    ("النظام", .regime), ("قوات النظام", .regime),
    // The Syrian Observatory's name for the army: «القوات النظامية».
    ("القوات النظامية", .regime), ("النظام السوري", .regime), ("قوات الأسد", .regime),
    ("الجيش السوري", .regime), ("الجيش العربي السوري", .regime), ("Syrian army", .regime),
    ("Syrian Arab Army", .regime), ("pro-government", .regime),
    ("regime", .regime), ("regime forces", .regime), ("Assad's forces", .regime), ("Assad forces", .regime),
    ("forces loyal to Assad", .regime), ("Syrian government", .regime), ("SAA", .regime),
    ("pro-regime", .regime),
    // "soldiers and pro-government militiamen retreated": the militiamen are the movers, the
    // regime's (the noun inside the name, so no force noun stands between it and the motion).
    ("pro-government militiamen", .regime), ("pro-regime militiamen", .regime),
    ("pro-government militias", .regime), ("pro-regime militias", .regime),
    ("Syrian government forces", .regime), ("قوات النمر", .regime),
    // OCHA's name: "Government of Syria (GoS) forces".
    ("Government of Syria", .regime), ("Government of Syria forces", .regime), ("GoS forces", .regime),
    ("Tiger Forces", .regime), ("Assad's troops", .regime), ("Assad troops", .regime), ("Assad's army", .regime),
    // The Syrian army's statements are issued by its General Command (SANA: «أعلنت القيادة العامة
    // للجيش والقوات المسلحة …»).
    ("القيادة العامة للجيش والقوات المسلحة", .regime), ("القيادة العامة للجيش العربي السوري", .regime),
    ("General Command of the Army and Armed Forces", .regime), ("Syrian Army General Command", .regime),
    ("Syrian troops", .regime), ("Syrian government troops", .regime),
    ("pro-Assad forces", .regime), ("loyalist forces", .regime), ("regime troops", .regime),
    ("القوات الحكومية السورية", .regime), ("قوات الحكومة السورية", .regime),
    ("جيش النظام", .regime), ("الجيش النظامي", .regime), ("قوات الجيش السوري", .regime),
    // The Syrian Observatory's words for the army and its militia («مدعمة بقوات الدفاع الوطني»).
    ("القوات النظامية", .regime), ("قوات الدفاع الوطني", .regime), ("National Defence Forces", .regime),
    ("National Defense Forces", .regime),
    // Russia
    ("روسيا", .rus), ("القوات الروسية", .rus), ("الروس", .rus), ("الشرطة العسكرية الروسية", .rus),
    ("وزارة الدفاع الروسية", .rus), ("موسكو", .rus), ("Moscow", .rus), ("Russia", .rus),
    ("Russian forces", .rus),
    ("Russian military", .rus), ("Russian Defence Ministry", .rus), ("Russian Defense Ministry", .rus),
    // USA, coalition
    ("الولايات المتحدة", .usa), ("الولايات المتحدة الأمريكية", .usa), ("الأمريكان", .usa),
    ("الأمريكيين", .usa), ("القوات الأمريكية", .usa), ("الإدارة الأمريكية", .usa), ("واشنطن", .usa),
    ("US", .usa), ("U.S.", .usa), ("United States", .usa), ("American forces", .usa),
    ("US forces", .usa), ("Washington", .usa),
    // Marines in Syria and Iraq are American; «أميركي» is the Levantine press's spelling.
    ("Marines", .usa), ("U.S. Marines", .usa), ("US Marines", .usa), ("American troops", .usa),
    ("American soldiers", .usa), ("المارينز", .usa), ("مشاة البحرية الأمريكية", .usa),
    ("القوات الأميركية", .usa), ("الأميركيين", .usa), ("الأميركيون", .usa), ("الإدارة الأميركية", .usa),
    ("الولايات المتحدة الأميركية", .usa), ("الجيش الأمريكي", .usa), ("الجيش الأميركي", .usa),
    ("التحالف الدولي", .coalition), ("التحالف", .coalition), ("coalition", .coalition),
    ("US-led coalition", .coalition),
    // Iran, Hezbollah
    ("إيران", .iran), ("طهران", .iran), ("Tehran", .iran), ("الميليشيات الإيرانية", .iran),
    ("الحرس الثوري", .iran), ("Iran", .iran),
    // The IRGC officers Iran sends to Syria and Iraq, named as "Iranian advisers".
    ("مستشارون إيرانيون", .iran), ("مستشارين إيرانيين", .iran), ("المستشارون الإيرانيون", .iran),
    ("المستشارين الإيرانيين", .iran), ("Iranian advisers", .iran), ("Iranian advisors", .iran),
    ("Iranian military advisers", .iran), ("Iranian military advisors", .iran),
    ("Iran-backed militias", .iran), ("IRGC", .iran), ("Iranian-backed militias", .iran),
    ("حزب الله", .hezbollah), ("Hezbollah", .hezbollah), ("Hizbullah", .hezbollah),
    // HTS, opposition
    ("النصرة", .hts), ("جبهة النصرة", .hts), ("هيئة تحرير الشام", .hts), ("جبهة فتح الشام", .hts),
    ("HTS", .hts), ("Tahrir al-Sham", .hts), ("Jabhat Fateh al-Sham", .hts), ("Nusra", .hts),
    ("Nusra Front", .hts), ("Hayat Tahrir al-Sham", .hts),
    ("المعارضة", .opposition), ("فصائل المعارضة", .opposition), ("الجيش الحر", .opposition),
    ("الجيش السوري الحر", .opposition), ("الجيش الوطني السوري", .opposition), ("rebels", .opposition),
    ("rebel", .opposition), ("FSA", .opposition), ("Free Syrian Army", .opposition),
    ("opposition", .opposition), ("opposition factions", .opposition), ("جيش الإسلام", .opposition),
    ("Jaish al-Islam", .opposition), ("Syrian National Army", .opposition), ("Jaysh al-Islam", .opposition), ("فيلق الرحمن", .opposition),
    ("Faylaq al-Rahman", .opposition), ("جيش الفتح", .opposition), ("Army of Conquest", .opposition),
    ("Jaish al-Fatah", .opposition), ("Jaysh al-Fatah", .opposition), ("أحرار الشام", .opposition), ("Ahrar al-Sham", .opposition),
    ("insurgents", .opposition), ("the insurgent group", .opposition), ("المسلحين", .opposition),
    ("المسلحون", .opposition), ("الفصائل", .opposition), ("الفصائل المسلحة", .opposition),
    // SANA's name for the rebels in reconciliation and evacuation reports.
    ("المجموعات المسلحة", .opposition),
    // AFP Arabic's name for the rebels («سيطر مقاتلون معارضون على معبر …», «انسحب المقاتلون المعارضون
    // من حي …», «اللذين سيطر عليهما المعارضون»), indefinite and definite, nominative and oblique.
    ("المقاتلون المعارضون", .opposition), ("المقاتلين المعارضين", .opposition), ("مقاتلون معارضون", .opposition),
    ("مقاتلين معارضين", .opposition), ("المعارضون", .opposition), ("المعارضين", .opposition),
    ("مسلحون معارضون", .opposition), ("مسلحين معارضين", .opposition),
    // The Syrian Observatory's name for the rebel brigades in 2012–2014 («سيطرت الكتائب المقاتلة على»).
    ("الكتائب المقاتلة", .opposition), ("الكتائب المسلحة", .opposition), ("كتائب المعارضة", .opposition),
    ("الكتائب الإسلامية المقاتلة", .opposition),
    // OCHA's name for the armed opposition in north-west Syria ("Azaz, which remains under the control
    // of non-state armed groups"); ISIS and the SDF it names as themselves.
    ("non-state armed groups", .opposition), ("non-state armed group", .opposition), ("NSAGs", .opposition),
    ("NSAG", .opposition), ("الجماعات المسلحة من غير الدول", .opposition),
    // «خروج الرافضين للتسوية إلى الشمال»: in the reconciliation deals (2016–18) those who refuse the
    // settlement are the rebels who leave, often named no other way.
    ("الرافضين للتسوية", .opposition), ("الرافضون للتسوية", .opposition), ("رافضي التسوية", .opposition),
    ("الرافضين لتسوية", .opposition), ("الرافضين للمصالحة", .opposition), ("رافضي المصالحة", .opposition),
    // Turkey, UN, Iraq, PMF
    ("تركيا", .tur), ("أنقرة", .tur), ("Ankara", .tur), ("القوات التركية", .tur), ("الجيش التركي", .tur),
    ("Turkey", .tur),
    ("Turkish forces", .tur), ("Turkish army", .tur), ("Turkish troops", .tur), ("Turkish soldiers", .tur),
    ("Turkish military", .tur), ("Turkish Armed Forces", .tur),
    ("الأمم المتحدة", .un), ("UN", .un), ("U.N.", .un), ("United Nations", .un),
    // OCHA and UNHCR name the UN system and its partners this way.
    ("humanitarian partners", .un), ("UN agencies", .un), ("OCHA", .un), ("UNHCR", .un), ("WFP", .un),
    ("UNICEF", .un), ("وكالات الأمم المتحدة", .un), ("مفوضية الأمم المتحدة لشؤون اللاجئين", .un),
    ("برنامج الأغذية العالمي", .un), ("الشركاء في المجال الإنساني", .un),
    // An "inter-agency" convoy is the UN agencies' joint convoy (OCHA: "an inter-agency convoy led by
    // the United Nations"); "the humanitarian community" and "humanitarian actors" are OCHA's names
    // for the UN system and its partners, as "humanitarian partners" is.
    ("inter-agency", .un), ("interagency", .un), ("humanitarian community", .un), ("humanitarian actors", .un),
    ("مشتركة بين الوكالات", .un), ("المشتركة بين الوكالات", .un), ("المجتمع الإنساني", .un), ("الجهات الفاعلة الإنسانية", .un),
    ("القوات العراقية", .iraq), ("الجيش العراقي", .iraq), ("الحكومة العراقية", .iraq),
    ("Iraqi forces", .iraq), ("Iraqi army", .iraq), ("ISF", .iraq), ("Iraqi Security Forces", .iraq),
    ("Iraqi troops", .iraq), ("Government of Iraq", .iraq), ("Iraqi government", .iraq),
    ("جهاز مكافحة الإرهاب", .iraq), ("قوات جهاز مكافحة الإرهاب", .iraq), ("الشرطة الاتحادية", .iraq),
    ("Counter-Terrorism Service", .iraq), ("Counter Terrorism Service", .iraq), ("CTS", .iraq),
    ("Federal Police", .iraq), ("Iraqi soldiers", .iraq), ("القوات الأمنية العراقية", .iraq),
    ("قوات الأمن العراقية", .iraq), ("قوات مكافحة الإرهاب", .iraq), ("قوات مكافحة الإرهاب العراقية", .iraq),
    ("counter-terrorism forces", .iraq),
    // A state's head of government and defence ministry speak for its forces («أعلن رئيس الوزراء العراقي
    // استعادة …»), as the Russian defence ministry does for Russia's.
    ("رئيس الوزراء العراقي", .iraq), ("رئيس الحكومة العراقية", .iraq), ("Iraqi Prime Minister", .iraq),
    ("وزارة الدفاع العراقية", .iraq), ("Iraqi Defence Ministry", .iraq), ("Iraqi Defense Ministry", .iraq),
    ("Iraqi Ministry of Defence", .iraq), ("Iraqi Ministry of Defense", .iraq),
    ("وزارة الدفاع السورية", .regime), ("Syrian Defence Ministry", .regime), ("Syrian Defense Ministry", .regime),
    ("الحشد الشعبي", .pmf), ("PMF", .pmf), ("PMU", .pmf), ("Popular Mobilization Forces", .pmf),
    ("Popular Mobilisation Forces", .pmf), ("Hashd", .pmf), ("Popular Mobilisation units", .pmf),
    ("Popular Mobilization units", .pmf), ("قوات الحشد الشعبي", .pmf),
    // "The Iraqi army and the Popular Mobilisation advanced": the name is often written short.
    ("Popular Mobilisation", .pmf), ("Popular Mobilization", .pmf), ("Hashd al-Shaabi", .pmf),
    ("al-Hashd al-Shaabi", .pmf),
    // Peshmerga: the Kurdistan Region's forces in Iraq. "Kurdish forces" alone stays unread: in
    // Syria it names the YPG/SDF, in Iraq the Peshmerga, and the report does not always say which
    // (the Arabic «القوات الكردية», «المقاتلون الأكراد» are read as a role by the report's state: `roles`).
    ("البيشمركة", .peshmerga), ("البشمركة", .peshmerga), ("قوات البيشمركة", .peshmerga),
    ("قوات البشمركة", .peshmerga), ("البيشمركة الكردية", .peshmerga), ("بيشمركة", .peshmerga),
    ("Peshmerga", .peshmerga), ("Peshmerga forces", .peshmerga), ("Kurdish Peshmerga", .peshmerga),
    ("Peshmerga fighters", .peshmerga), ("Pesh merga", .peshmerga), ("Peshmarga", .peshmerga),
    ("Kurdistan Region Peshmerga", .peshmerga), ("KRG forces", .peshmerga),
    // Round 8 audit: the armed sides' own names and the wire spellings of 2011–2024 that the table
    // lacked, so the mover or owner no longer falls to whoever was named before.
    // Opposition: the Syrian National Army (2017–24, Turkish-backed), the National Front for Liberation
    // (Idlib, 2018), the Southern Operations Room (Daraa, 2024), and the factions the wires name most.
    ("الجيش الوطني", .opposition), ("SNA", .opposition), ("الجبهة الوطنية للتحرير", .opposition),
    // The Syrian National Army's corps (2017–24): «الفيلق الثالث» (the Levant Front's), the first and second.
    ("الفيلق الأول", .opposition), ("الفيلق الثاني", .opposition), ("الفيلق الثالث", .opposition),
    ("Third Legion", .opposition), ("Third Corps", .opposition),
    ("National Front for Liberation", .opposition), ("National Liberation Front", .opposition),
    ("غرفة عمليات الجنوب", .opposition), ("Southern Operations Room", .opposition),
    ("Ahrar ash-Sham", .opposition), ("Ahrar al-Cham", .opposition), ("Failaq al-Rahman", .opposition),
    ("Faylaq ar-Rahman", .opposition), ("Rahman Corps", .opposition), ("Rahman Legion", .opposition),
    ("جيش العزة", .opposition), ("Jaish al-Izza", .opposition), ("Jaysh al-Izza", .opposition),
    ("Jaish al-Izzah", .opposition), ("Jaish al-Ezzeh", .opposition), ("جيش النصر", .opposition),
    ("Jaish al-Nasr", .opposition), ("Jaysh al-Nasr", .opposition), ("جيش إدلب الحر", .opposition),
    ("Free Idlib Army", .opposition), ("جيش المجاهدين", .opposition), ("جيش مغاوير الثورة", .opposition),
    ("مغاوير الثورة", .opposition), ("Maghawir al-Thawra", .opposition),
    ("Revolutionary Commando Army", .opposition), ("الجبهة الشامية", .opposition), ("Levant Front", .opposition),
    ("Jabhat al-Shamiya", .opposition), ("فيلق الشام", .opposition), ("Sham Legion", .opposition),
    ("Faylaq al-Sham", .opposition), ("حركة نور الدين الزنكي", .opposition), ("نور الدين الزنكي", .opposition),
    ("Nour al-Din al-Zenki", .opposition), ("Nour al-Din al-Zinki", .opposition), ("فرقة الحمزة", .opposition),
    ("Hamza Division", .opposition), ("فرقة السلطان مراد", .opposition), ("لواء السلطان مراد", .opposition),
    ("Sultan Murad Division", .opposition), ("فرقة السلطان سليمان شاه", .opposition),
    ("Sultan Suleiman Shah Division", .opposition), ("فرقة المعتصم", .opposition),
    ("Mutasim Division", .opposition), ("أحرار الشرقية", .opposition), ("Ahrar al-Sharqiya", .opposition),
    ("جيش أسود الشرقية", .opposition), ("صقور الشام", .opposition), ("Suqour al-Sham", .opposition),
    ("الجبهة الإسلامية", .opposition), ("Islamic Front", .opposition), ("Southern Front alliance", .opposition),
    ("جيش التوحيد", .opposition), ("فيلق حمص", .opposition), ("الفرقة الساحلية الأولى", .opposition),
    // Turkish-backed factions are the opposition (gold: "Turkish-backed Syrian rebels" → OPPOSITION);
    // the whole phrase is read so that «تركيا» / "Turkey" inside it is not the actor.
    ("الفصائل الموالية لتركيا", .opposition), ("الفصائل المدعومة من تركيا", .opposition),
    ("الفصائل السورية الموالية لتركيا", .opposition), ("فصائل المعارضة الموالية لتركيا", .opposition),
    ("الفصائل المدعومة تركيا", .opposition), ("Turkish-backed factions", .opposition),
    ("Turkish-backed rebels", .opposition), ("Turkish-backed fighters", .opposition),
    ("Turkish-backed Syrian rebels", .opposition), ("Turkey-backed rebels", .opposition),
    ("Turkey-backed factions", .opposition), ("Turkey-backed fighters", .opposition),
    ("Turkey-backed Syrian rebels", .opposition), ("Ankara-backed rebels", .opposition),
    ("Ankara-backed factions", .opposition), ("US-backed rebels", .opposition),
    // HTS: its 2024 command («إدارة العمليات العسكرية», HTS-led, "Deterrence of Aggression") and the
    // 2019–24 al-Fath al-Mubin room it led; «تحرير الشام» is the short name the Arabic press uses.
    ("تحرير الشام", .hts), ("إدارة العمليات العسكرية", .hts), ("Military Operations Command", .hts),
    ("Military Operations Administration", .hts), ("Military Operations Department", .hts),
    ("Department of Military Operations", .hts), ("غرفة عمليات ردع العدوان", .hts),
    ("إدارة عمليات ردع العدوان", .hts), ("فصائل ردع العدوان", .hts), ("قوات ردع العدوان", .hts),
    ("غرفة عمليات الفتح المبين", .hts), ("Fatah al-Mubin operations room", .hts),
    ("Hay'at Tahrir al-Sham", .hts), ("Hayat Tahrir al Sham", .hts), ("Jabhat al-Nusra", .hts),
    ("al-Nusra Front", .hts), ("Jabhat Fatah al-Sham", .hts),
    // Regime: its militias and corps. «الدفاع الوطني» alone is the NDF; the ministries and councils
    // that share the words are read whole in `roles` and name no one.
    ("الدفاع الوطني", .regime), ("ميليشيا الدفاع الوطني", .regime), ("ميليشيات الدفاع الوطني", .regime),
    ("مليشيا الدفاع الوطني", .regime), ("مليشيات الدفاع الوطني", .regime), ("NDF", .regime),
    ("لواء القدس", .regime), ("Liwa al-Quds", .regime), ("Quds Brigade", .regime), ("الفيلق الخامس", .regime),
    ("Fifth Corps", .regime), ("5th Corps", .regime), ("Fifth Assault Corps", .regime),
    ("Russia-backed Syrian forces", .regime), ("Russian-backed Syrian forces", .regime),
    ("Russia-backed forces", .regime), ("Tiger Force", .regime),
    // Iran: the IRGC's Quds Force and the Afghan and Pakistani militias it runs in Syria.
    ("فيلق القدس", .iran), ("Quds Force", .iran), ("Revolutionary Guards", .iran),
    ("Islamic Revolutionary Guard Corps", .iran), ("لواء فاطميون", .iran), ("فاطميون", .iran),
    ("الفاطميون", .iran), ("Fatemiyoun", .iran), ("Fatemiyoun Brigade", .iran), ("Fatemiyoun Division", .iran),
    ("Fatemiyun", .iran), ("Fatimiyoun", .iran), ("لواء زينبيون", .iran), ("زينبيون", .iran),
    ("الزينبيون", .iran), ("Zainabiyoun", .iran), ("Zeinabiyoun", .iran), ("Zainabiyoun Brigade", .iran),
    ("الميليشيات الموالية لإيران", .iran), ("الميليشيات المدعومة من إيران", .iran),
    ("الميليشيات التابعة لإيران", .iran), ("المليشيات الإيرانية", .iran),
    ("المليشيات الموالية لإيران", .iran), ("pro-Iranian militias", .iran), ("pro-Iran militias", .iran),
    ("Iran-aligned militias", .iran), ("Iranian militias", .iran), ("Iran-backed forces", .iran),
    ("Iran-backed fighters", .iran), ("Iran-backed groups", .iran), ("Hizballah", .hezbollah),
    ("Hizbollah", .hezbollah),
    // PMF factions: Kataib Hezbollah is Iraqi (PMF), not Lebanon's Hezbollah; Badr only as the
    // organisation (Badr alone is also a given name).
    ("كتائب حزب الله", .pmf), ("Kataib Hezbollah", .pmf), ("Kata'ib Hezbollah", .pmf),
    ("Kataib Hizballah", .pmf), ("Kata'ib Hizballah", .pmf), ("عصائب أهل الحق", .pmf),
    ("Asaib Ahl al-Haq", .pmf), ("Asa'ib Ahl al-Haq", .pmf), ("منظمة بدر", .pmf), ("فيلق بدر", .pmf),
    ("Badr Organization", .pmf), ("Badr Organisation", .pmf), ("Badr Corps", .pmf), ("Badr Brigades", .pmf),
    ("سرايا السلام", .pmf), ("Saraya al-Salam", .pmf), ("حركة النجباء", .pmf), ("النجباء", .pmf),
    ("Harakat al-Nujaba", .pmf), ("Nujaba", .pmf), ("كتائب سيد الشهداء", .pmf),
    ("Kataib Sayyid al-Shuhada", .pmf),
    // Iraq: the Counter-Terrorism Service's Golden Division and the Federal Police's response division.
    ("الفرقة الذهبية", .iraq), ("Golden Division", .iraq), ("فرقة الرد السريع", .iraq), ("قوات الرد السريع", .iraq),
    ("Emergency Response Division", .iraq), ("Rapid Response Division", .iraq),
    ("Iraqi Special Operations Forces", .iraq), ("ISOF", .iraq),
    ("Iraqi special forces", .iraq), ("Iraqi police", .iraq), ("Iraqi authorities", .iraq), ("الشرطة العراقية", .iraq),
    // "Kurdish forces" alone stays unread (see Peshmerga above); "Iraqi Kurdish forces" are the Peshmerga.
    ("Iraqi Kurdish forces", .peshmerga), ("Iraqi Kurdish fighters", .peshmerga),
    // SDF: its military councils and spellings («الديموقراطية» with a waw); the YPJ are the YPG's women.
    ("قوات سوريا الديموقراطية", .sdf), ("مجلس منبج العسكري", .sdf), ("Manbij Military Council", .sdf),
    ("مجلس دير الزور العسكري", .sdf), ("Deir ez-Zor Military Council", .sdf),
    ("Deir Ezzor Military Council", .sdf), ("Deir al-Zor Military Council", .sdf),
    ("مجلس الباب العسكري", .sdf), ("مجلس جرابلس العسكري", .sdf), ("مجلس تل أبيض العسكري", .sdf),
    ("قوات الصناديد", .sdf), ("Sanadid Forces", .sdf), ("المجلس العسكري السرياني", .sdf),
    ("Syriac Military Council", .sdf), ("لواء ثوار الرقة", .sdf), ("Raqqa Revolutionaries Brigade", .sdf),
    ("جيش الثوار", .sdf), ("Jaysh al-Thuwar", .sdf), ("US-backed SDF", .sdf),
    ("US-backed Syrian Democratic Forces", .sdf),
    ("US-backed Iraqi forces", .iraq), ("وحدات حماية المرأة", .ypg), ("YPJ", .ypg),
    ("Women's Protection Units", .ypg),
    // Russia: the Wagner group, only as a group (Wagner is also a surname).
    ("فاغنر", .rus), ("مجموعة فاغنر", .rus), ("Wagner Group", .rus), ("Wagner fighters", .rus),
    ("Wagner mercenaries", .rus), ("Wagner contractors", .rus),
    // USA, coalition, Turkey: commands and ministries that speak for their forces.
    ("CENTCOM", .usa), ("US Central Command", .usa),
    ("القيادة المركزية الأمريكية", .usa), ("القيادة المركزية الأميركية", .usa), ("سنتكوم", .usa),
    ("Pentagon", .usa), ("البنتاغون", .usa),
    ("Operation Inherent Resolve", .coalition), ("CJTF-OIR", .coalition), ("وزارة الدفاع التركية", .tur),
    ("Turkish Defence Ministry", .tur), ("Turkish Defense Ministry", .tur), ("القوات المسلحة التركية", .tur),
    // ISIS: its Yarmouk Basin affiliate (2016–18).
    ("جيش خالد بن الوليد", .isis), ("Khalid ibn al-Walid Army", .isis), ("Jaish Khalid bin al-Walid", .isis), ("Jaish Khalid ibn al-Walid", .isis),
  ]

  /// The sides a force named by its role stands for, in a report about Syria and in one about Iraq
  /// (nil: no actor there).
  struct StateRole: Sendable {
    let syria: Actor?
    let iraq: Actor?
  }
  /// Forces named by their role, not their state: both countries' media call their own state's forces
  /// «القوات الأمنية», "security forces", "government forces"; Iraqi statements come from «قيادة
  /// عمليات نينوى», the Joint Operations Command and «خلية الإعلام الحربي», with «القطعات» for units;
  /// "Shiite militias" fighting for Baghdad are the PMF. The side is the state most of the report's
  /// places are in (`placingRoles`).
  static let roles: [(String, StateRole)] = {
    let state = StateRole(syria: .regime, iraq: .iraq)
    let iraqi = StateRole(syria: nil, iraq: .iraq)
    let militias = StateRole(syria: nil, iraq: .pmf)
    let kurdish = StateRole(syria: .ypg, iraq: .peshmerga)
    return [
      ("government forces", state), ("government troops", state), ("state forces", state),
      ("security forces", state), ("القوات الحكومية", state), ("القوات الأمنية", state), ("قوات الأمن", state),
      ("الفرقة الرابعة", state), ("Fourth Division", state), ("4th Division", state), ("Republican Guard", state),
      ("الحرس الجمهوري", state), ("الجيش", state),
      // "army units withdrew", "the army's 12th Division", "a deal with the army": English names the
      // state's army by the bare noun as Arabic does with «الجيش» (lowercase only: see `mentions`).
      ("army", state), ("army's", state),
      // "gunmen loyal to the government", «القوات الموالية للحكومة»: the state's side (`loyalties`).
      ("loyal to the government", state), ("الموالون للحكومة", state), ("الموالين للحكومة", state),
      ("الموالية للحكومة", state), ("الموالي للحكومة", state),
      // «القوات المسلحة ستواصل تقدمها» (SANA, the Iraqi command): the state's armed forces.
      ("القوات المسلحة", state), ("armed forces", state),
      ("قيادة عمليات", iraqi), ("قيادة العمليات", iraqi), ("قيادة العمليات المشتركة", iraqi),
      ("قائد عمليات", iraqi), ("قائد العمليات", iraqi), ("Joint Operations Command", iraqi),
      // «قائد عمليات تحرير غرب الأنبار»: the operation's name is part of the title, no taking.
      ("قيادة عمليات تحرير", iraqi), ("قائد عمليات تحرير", iraqi),
      ("Operations Command", iraqi), ("خلية الإعلام الحربي", iraqi), ("خلية الإعلام الأمني", iraqi),
      ("Security Media Cell", iraqi), ("قطعات الجيش", iraqi), ("القطعات العسكرية", iraqi),
      ("القطعات الأمنية", iraqi),
      // «انطلقت قطعاتنا»: "our units" in the statements of Iraq's defence ministry and commands;
      // «القطعات تتقدم»: "the units", bare, is the Iraqi forces' word for their own.
      ("قطعاتنا", iraqi), ("القطعات", iraqi), ("Shiite militias", militias), ("state-sanctioned militias", militias),
      ("state-sanctioned Shiite militias", militias), ("الفصائل الشيعية", militias),
      // "Iraqi troops and Shi'ite paramilitary fighters" (Reuters), "Shi'a militias" (ISW).
      ("Shi'ite militias", militias), ("Shia militias", militias), ("Shi'a militias", militias),
      ("Shiite paramilitary", militias), ("Shi'ite paramilitary", militias), ("Shia paramilitary", militias),
      ("Shi'a paramilitary", militias), ("Shiite paramilitaries", militias), ("Shi'ite paramilitaries", militias),
      ("Shia paramilitaries", militias),
      // Bodies whose names hold «الدفاع الوطني» (the NDF's name) but are no armed side: read whole,
      // then dropped by `placingRoles` (no side in either state).
      ("وزارة الدفاع الوطني", StateRole(syria: nil, iraq: nil)), ("وزير الدفاع الوطني", StateRole(syria: nil, iraq: nil)),
      ("مجلس الدفاع الوطني", StateRole(syria: nil, iraq: nil)),
      // «المقاتلون الأكراد», «القوات الكردية»: in Syria the YPG, in Iraq the Peshmerga — by the
      // state most of the report's places are in, as the other roles. (English "Kurdish forces"
      // stays unread: see Peshmerga in `names`.)
      ("القوات الكردية", kurdish), ("المقاتلون الأكراد", kurdish),
      ("المقاتلين الأكراد", kurdish), ("المسلحون الأكراد", kurdish), ("المسلحين الأكراد", kurdish),
      // The Asayish are the Kurdish internal security of the SDF's administration in Syria; in Iraq
      // the name is the Kurdistan Region's security police, not the Peshmerga.
      ("الأسايش", StateRole(syria: .sdf, iraq: nil)), ("قوات الأسايش", StateRole(syria: .sdf, iraq: nil)),
      ("Asayish", StateRole(syria: .sdf, iraq: nil)), ("Asayesh", StateRole(syria: .sdf, iraq: nil)),
    ]
  }()
  static let roleMatcher = PhraseMatcher(roles)
  /// English roles read only as written in lowercase: capitalised they head other names.
  /// (Latin words: an Arabic role is not looked up, as hashing its word normalises it, ~1,700
  /// instructions a role.)
  static let lowercaseRoles: Set<String> = ["army", "army's"]
  /// Posts, bases, vehicles and aircraft of an army: "an army checkpoint", "army positions", «حاجز
  /// للجيش», «مواقع الجيش». The army qualifies the thing there (an English noun adjunct, an Arabic
  /// genitive); it names no force that acts, moves or is referred back to ("Militants attacked an
  /// army checkpoint. They later withdrew": they are the militants). Units and men ("army units",
  /// «وحدات الجيش») are the army itself, and are not here.
  static let armyThings: WordSet = WordSet(
    words: [
      "حاجز", "حاجزا", "حواجز", "نقطة", "نقاط", "موقع", "موقعا", "مواقع", "قاعدة", "قواعد", "ثكنة", "ثكنات",
      "مقر", "مقرات", "مستودع", "مستودعات", "مخفر", "دبابة", "دبابات", "آلية", "آليات", "مدرعة", "مدرعات",
      "مروحية", "مروحيات",
    ].map(ArabicWord.lexiconForm) + [
      "checkpoint", "checkpoints", "post", "posts", "outpost", "outposts", "position", "positions", "base",
      "bases", "airbase", "barracks", "headquarters", "depot", "depots", "tank", "tanks", "vehicle", "vehicles",
      "helicopter", "helicopters", "uniform", "uniforms",
    ])
  /// The bare army word itself («الجيش», "army"), not the other state roles.
  static let armyNouns: WordSet = WordSet(words: ["الجيش"].map(ArabicWord.lexiconForm) + ["army", "army's"])

  /// True when the army word at `t` qualifies one of `armyThings`: right before it in English ("army
  /// checkpoint", "the army's base"), right after it in Arabic («حاجز للجيش», «مواقع الجيش»).
  static func qualifiesAThing(_ doc: ReportText, at t: Int) -> Bool {
    guard t >= 0, t < doc.tokens.count, !doc.forms[t].isDisjoint(with: armyNouns) else { return false }
    let thing = doc.tokens[t].script == .latin ? t + 1 : t - 1
    // (Near, not tight: the possessive "'s" stands between "army" and "base".)
    return thing >= 0 && thing < doc.tokens.count && doc.isNear(before: max(t, thing))
      && !doc.forms[thing].isDisjoint(with: armyThings)
  }
  /// One-word names that are also a unit noun of another group's name («فصائل الحشد الشعبي»).
  static let unitNouns: WordSet = WordSet(words: ["فصائل", "الفصائل"].map(ArabicWord.lexiconForm))
  /// «الموالون لها»: loyal to (see `mentions`).
  static let loyaltyWords: WordSet = WordSet(words: arabicLoyaltyWords.map(ArabicWord.lexiconForm))
  /// «لها», «له», «لهم»: to it, to them (the side just named).
  static let backPronouns: WordSet = WordSet(words: ["لها", "له", "لهم"].map(ArabicWord.lexiconForm))
  /// «قوات الأمن التركية», "Turkish security forces": another state's forces, named by their role.
  static let foreignAdjectives: WordSet = WordSet(
    words: [
      "التركية", "التركي", "اللبنانية", "اللبناني", "الكردية", "الكردي", "الأردنية", "الأردني", "الإسرائيلية",
      "الإيرانية", "الإيراني", "الروسية", "الروسي", "الأمريكية", "الأميركية", "الكردستانية",
    ].map(ArabicWord.lexiconForm) + [
      "Turkish", "Lebanese", "Kurdish", "Jordanian", "Israeli", "Iranian", "Russian", "American", "Kurdistan",
    ].map { $0.lowercased() })

  /// Words that refer back to an actor named before.
  enum Reference: Sendable {
    case isis, organisation, latter
    /// The head noun of a group's name standing alone for it once the name has been written:
    /// «هيئة تحرير الشام … خسرت الهيئة», «الحشد الشعبي … وسيطر الحشد», «وحدات حماية الشعب … الوحدات».
    case shortName(Actor)
  }
  static let references: [(String, Reference)] = [
    // «التنظيم» ("the Organisation") is what Arabic media call ISIS; the SDF are «قوات», not «تنظيم».
    ("التنظيم", .isis), ("the group", .organisation), ("the organisation", .organisation),
    ("the organization", .organisation), ("the group's", .organisation),
    ("the organisation's", .organisation),
    ("the organization's", .organisation), ("الأخير", .latter), ("the latter", .latter),
    ("the latter's", .latter), ("الهيئة", .shortName(.hts)), ("الحشد", .shortName(.pmf)),
    ("الوحدات", .shortName(.ypg)),
    // The Syrian Observatory's English: "Hay'at Tahrir al-Sham … Idlib city, which the Hay'at controls".
    ("the Hay'at", .shortName(.hts)), ("the Hay’at", .shortName(.hts)),
  ]
  /// The head noun, without its article, that a short name repeats from the group's full name.
  static let shortNameHeads: [Actor: [String]] = [.hts: ["هيئة", "Hay'at", "Hay’at"], .pmf: ["حشد"], .ypg: ["وحدات"]]
  /// Relative pronouns, which may follow a short name («الوحدات التي»); another definite word makes
  /// the head part of a different name («الهيئة العامة», «الحشد العشائري», «الوحدات العسكرية»).
  static let relativePronouns: WordSet = WordSet(words: ["التي", "الذي", "الذين"].map(ArabicWord.lexiconForm))

  /// Abbreviations that are English words in lowercase ("us", "is", "un"): matched case-sensitively.
  static let caseSensitive: Set<String> = [
    "us", "is", "un", "isis", "isil", "sdf", "ypg", "pyd", "fsa", "hts", "saa", "isf", "pmf", "pmu",
    "sna", "ndf", "ypj", "isof",
  ]

  static let nameMatcher = PhraseMatcher(names + loyalties)
  /// Armed men named by whom they are loyal to: «القوات الموالية للحكومة السورية», «المسلحون الموالون
  /// للأسد», "gunmen loyal to President Bashar al-Assad", "militiamen loyal to Damascus". The phrase
  /// from the loyalty word on names the side (the noun before it — forces, gunmen, militiamen — names
  /// none, or the rebels a bare «المسلحون» means: see `mentions`). Men loyal to Turkey are Syrian
  /// factions, as the lexicon's «الفصائل الموالية لتركيا». Loyal to "the government", a role: `roles`.
  static let loyalties: [(String, Actor)] = {
    let arabicSides: [(String, Actor)] = [
      ("للنظام", .regime), ("للنظام السوري", .regime), ("لنظام الأسد", .regime), ("للأسد", .regime),
      ("للرئيس الأسد", .regime), ("للرئيس بشار الأسد", .regime), ("للحكومة السورية", .regime),
      ("لدمشق", .regime), ("لإيران", .iran), ("لطهران", .iran), ("لتركيا", .opposition), ("لأنقرة", .opposition),
    ]
    let englishSides: [(String, Actor)] = [
      ("Assad", .regime), ("President Assad", .regime), ("Bashar al-Assad", .regime),
      ("President Bashar al-Assad", .regime), ("the Assad regime", .regime), ("the regime", .regime),
      ("the Syrian regime", .regime), ("Damascus", .regime), ("the Syrian government", .regime),
      ("Iran", .iran), ("Tehran", .iran), ("Turkey", .opposition), ("Ankara", .opposition),
    ]
    return arabicLoyaltyWords.flatMap { word in arabicSides.map { ("\(word) \($0.0)", $0.1) } }
      + englishSides.map { ("loyal to \($0.0)", $0.1) }
  }()
  static let arabicLoyaltyWords = ["الموالون", "الموالين", "الموالية", "الموالي"]
  /// Whether a loyalty phrase of `loyalties` or `roles` starts at `t` (its first word is a loyalty word).
  static func isLoyalty(_ doc: ReportText, at t: Int) -> Bool {
    doc.tokens[t].script == .arabic ? !doc.forms[t].isDisjoint(with: loyaltyWords) : doc.words[t] == loyalWord
  }
  /// «تنظيم» before a group's name, or the terrorist label that introduces it as one: Anadolu writes
  /// «إرهابيي "بي كا كا/ي ب ك"» and SANA «إرهابيي "جبهة النصرة"», then call that group «التنظيم».
  static let organisationWord: WordSet = WordSet(
    words: ["تنظيم", "إرهابيي", "إرهابيو", "ارهابيي", "ارهابيو"].map(ArabicWord.lexiconForm))
  static let referenceMatcher = PhraseMatcher(references)

  /// Country names that are places after a preposition of motion («إلى تركيا», "to Turkey").
  static let isWord = Word("is")
  static let loyalWord = Word("loyal")
  /// «إلى تركيا», "fled to Turkey": words before a country that make it a destination, not an actor.
  static let motionWords: WordSet = WordSet(words: 
    ["إلى", "الى", "نحو", "باتجاه", "في", "من", "داخل"].map(ArabicWord.lexiconForm) + [
      "to", "into", "in", "from", "toward", "towards",
    ])

  /// Every actor mention in `doc`, coreference resolved, in text order.
  public static func mentions(in doc: ReportText) -> [ActorMention] {
    mentions(in: doc, cues: CueIndex(doc))
  }

  /// The cues of the three phrase matchers `mentions` tries at a token.
  static let matcherCues = CueIndex.bits([.actorNames, .actorRoles, .actorReferences])
  /// Those and "is": every token the scan looks at has one of them.
  static let scanCues = matcherCues | CueIndex.bit(.actorIS)

  /// `mentions(in:)` with the report's cue index (built once for this and the relation rules).
  /// Written for speed: the scan below tried three phrase matchers at every token of the report;
  /// the index says where any of them may start, and every other token (no phrase, not "IS") only
  /// moves the scan on, as it did.
  static func mentions(in doc: ReportText, cues: CueIndex) -> [ActorMention] {
    // Room for a mention at every token the scan tries (each mention starts at one), made once:
    // grown a mention at a time, the list was copied four times per report (~400 instructions a
    // copy).
    var out: [ActorMention] = []
    out.reserveCapacity(cues.count(ofAny: Self.scanCues))
    // The name matched at each token (outer nil: not looked at yet), so the scan below and the
    // whole-report ISIS question share one look-up per token instead of matching twice.
    // Written for speed: kept in a buffer the local functions capture as a constant pointer. An
    // array they captured as a variable was checked for exclusive access at every look-up, two
    // runtime calls of ~80 instructions each, more than the look-up it saved.
    let nameAt = UnsafeMutableBufferPointer<(length: Int, value: Actor)??>
      .allocate(capacity: doc.tokens.count)
    nameAt.initialize(repeating: nil)
    defer { nameAt.deallocate() }
    func name(at i: Int) -> (length: Int, value: Actor)? {
      precondition(i >= 0 && i < nameAt.count, "ActorLexicon: a name looked up outside the report")
      if let known = nameAt[i] { return known }
      let m = nameMatcher.match(doc, at: i)
      nameAt[i] = .some(m)
      return m
    }
    // Whether the report names ISIS anywhere: only asked when a reference («التنظيم») turns up.
    // The walk of `PhraseMatcher.matches` over the whole report, stopped at its first ISIS name.
    var namesISISMemo: Bool?
    func namesISIS() -> Bool {
      if let known = namesISISMemo { return known }
      var found = false
      var t = 0
      while t < doc.tokens.count {
        guard cues.occurs(.actorNames, at: t), let m = name(at: t) else {
          t += 1
          continue
        }
        if m.value == .isis {
          found = true
          break
        }
        t += m.length
      }
      namesISISMemo = found
      return found
    }
    // «تنظيم "ي ب ك/بي كا كا"»: the group a report introduces as «تنظيم X».
    var introduced: Actor?
    // The statics and the report's words read once, not per token: the scan passes every token,
    // and each read of a static went through its once-guard (a call per token).
    let matcherCues = Self.matcherCues
    let scanCues = Self.scanCues
    let isWord = Self.isWord
    let words = doc.words
    var i = 0
    while i < doc.tokens.count {
      // The next token with a cue of the scan: any other token would only move the scan on.
      i = cues.next(anyOf: scanCues, from: i)
      guard i < doc.tokens.count else { break }
      guard cues.occurs(anyOf: matcherCues, at: i) || words[i] == isWord else {
        i += 1
        continue
      }
      // The token's name, looked up once for the three rules below.
      let named = name(at: i)
      // «الحشد الشعبي الموالية لإيران», "Shiite militias loyal to Iran": a loyalty right after a
      // named side qualifies it; the side named stays the actor, its mention runs to the loyalty's
      // end (`loyalties`; so «لدمشق» in «الدفاع الوطني الموالية لدمشق» is no place). A role's mention
      // keeps its length: `placingRoles` finds a role by its whole mention.
      if let last = out.last, last.endToken == i, isLoyalty(doc, at: i),
        let n = named?.length ?? roleMatcher.match(doc, at: i)?.length
      {
        if roleMatcher.match(doc, at: last.firstToken)?.length != last.endToken - last.firstToken {
          out[out.count - 1] = mention(doc, last.firstToken, i + n - last.firstToken, last.actor, coreference: last.coreference)
        }
        i += n
        continue
      }
      // «فصائل الحشد الشعبي», «عناصر تنظيم داعش»: a bare unit noun before another name is a unit of it.
      if let m = named, m.length == 1, !doc.forms[i].isDisjoint(with: unitNouns), i + 1 < doc.tokens.count,
        doc.isTight(before: i + 1), name(at: i + 1) != nil
      {
        i += 1
        continue
      }
      // "the U.S.-backed Syria Democratic Forces": the backer qualifies the force named next, which
      // is the actor. ("Iran-backed fighters", naming no force, stay Iran's.)
      if let m = named, isBackerModifier(doc, endingAt: i + m.length),
        (i + m.length + 1..<min(doc.tokens.count, i + m.length + 4)).contains(where: { u in
          doc.isNear(before: u) && (name(at: u) != nil || roleMatcher.match(doc, at: u) != nil)
        })
      {
        i += m.length
        continue
      }
      // "Non-state armed groups, primarily Hayat Tahrir al-Sham, continue to control Idlib": a
      // collective name whose apposition says which group is meant gives way to that group's name.
      if let m = named, i + m.length + 1 < doc.tokens.count,
        !doc.forms[i + m.length].isDisjoint(with: Self.chieflyWords), doc.isNear(before: i + m.length + 1),
        name(at: i + m.length + 1) != nil
      {
        i += m.length
        continue
      }
      if let m = named, accept(doc, i, m.length, m.value) {
        if i > 0, !doc.forms[i - 1].isDisjoint(with: organisationWord) { introduced = m.value }
        // «قوات النظام والمسلحون الموالون لها», «المسلحين الموالين للنظام»: armed men named by their
        // loyalty are the side they are loyal to — the one named just before them when the loyalty
        // is a pronoun («لها/له/لهم»), else the one named after it — not the rebels a bare «المسلحون»
        // means. The mention runs to the loyalty's end.
        var (actor, length) = (m.value, m.length)
        let loyal = i + m.length
        if m.value == .opposition, loyal + 1 < doc.tokens.count, doc.tokens[loyal].script == .arabic,
          !doc.forms[loyal].isDisjoint(with: Self.loyaltyWords)
        {
          if !doc.forms[loyal + 1].isDisjoint(with: Self.backPronouns) {
            if let last = out.last, i - last.endToken <= 1 { (actor, length) = (last.actor, m.length + 2) }
          } else if let side = name(at: loyal) {
            // «المسلحون الموالون للحكومة السورية»: the loyalty phrase names the side (`loyalties`).
            (actor, length) = (side.value, m.length + side.length)
          } else if roleMatcher.match(doc, at: loyal) != nil {
            // «المسلحون الموالون للحكومة»: a role, whose side the report's country gives (`roles`).
            i = loyal
            continue
          } else if let owner = name(at: loyal + 1) {
            // Armed men loyal to Turkey are Syrian factions (the lexicon's «الفصائل الموالية لتركيا»).
            (actor, length) = (owner.value == .tur ? .opposition : owner.value, m.length + 1 + owner.length)
          }
        }
        out.append(mention(doc, i, length, actor, coreference: false))
        i += length
        continue
      }
      if let r = roleMatcher.match(doc, at: i) {
        let before = i > 0 && !doc.forms[i - 1].isDisjoint(with: foreignAdjectives)
        let after =
          i + r.length < doc.tokens.count
          && (!doc.forms[i + r.length].isDisjoint(with: foreignAdjectives)
            // «الجيش الوطني», «الجيش الإسرائيلي»: a bare «الجيش» before a definite word is another army.
            || (r.length == 1 && headsAnotherName(doc, .shortName(.unknown), at: i + 1)))
        // "Mahdi Army", "Army of Islam": capitalised, the bare noun is the head of a name.
        let named =
          r.length == 1 && doc.tokens[i].script != .arabic && lowercaseRoles.contains(doc.tokens[i].text)
          && doc.original(i) != doc.tokens[i].text
        // "an army checkpoint", «حاجز للجيش»: the army qualifies a thing, it is no force named.
        let thing = r.length == 1 && qualifiesAThing(doc, at: i)
        // A role with no side in Syria is kept as UNKNOWN until the report's country is known.
        if !before && !after && !named && !thing {
          out.append(mention(doc, i, r.length, r.value.syria ?? .unknown, coreference: false))
        }
        i += r.length
        continue
      }
      if let r = referenceMatcher.match(doc, at: i), !headsAnotherName(doc, r.value, at: i + r.length),
        let actor = resolve(r.value, before: out, doc: doc, documentNamesISIS: namesISIS(), introduced: introduced)
      {
        out.append(mention(doc, i, r.length, actor, coreference: true))
        i += r.length
        continue
      }
      // "IS" as the Islamic State: uppercase in the original only.
      if words[i] == isWord, doc.original(i) == "IS" {
        out.append(mention(doc, i, 1, .isis, coreference: false))
      }
      i += 1
    }
    return out
  }

  /// Mentions of forces named by their role, given the side of the state the report is about: Iraq
  /// when more of its places (`countries`, ISO codes) are Iraqi than Syrian, else Syria. A role with
  /// no side in that state is dropped.
  /// `countries` is asked only when a mention names a role; `cues`, the report's cue index, says where
  /// no role phrase starts (the role matcher is then not tried at the mention).
  static func placingRoles(
    _ mentions: [ActorMention], in doc: ReportText, countries: @autoclosure () -> [String],
    cues: CueIndex? = nil
  ) -> [ActorMention] {
    func role(_ a: ActorMention) -> StateRole? {
      if let cues, !cues.occurs(.actorRoles, at: a.firstToken) { return nil }
      guard let r = roleMatcher.match(doc, at: a.firstToken), r.length == a.endToken - a.firstToken else {
        return nil
      }
      return r.value
    }
    // Each mention's role matched once (it was matched twice: to ask whether any has one, then to
    // place it).
    let roles = mentions.map(role)
    guard roles.contains(where: { $0 != nil }) else { return mentions }
    // (Counted in one pass: two filtered copies of the list were made only to be counted.)
    var (iraqi, syrian) = (0, 0)
    for c in countries() {
      if c == "IQ" { iraqi += 1 } else if c == "SY" { syrian += 1 }
    }
    let iraq = iraqi > syrian
    // Made at its most (every mention kept): `compactMap` grew its list a mention at a time.
    var placed: [ActorMention] = []
    placed.reserveCapacity(mentions.count)
    for k in mentions.indices {
      guard let r = roles[k] else {
        placed.append(mentions[k])
        continue
      }
      guard let side = iraq ? r.iraq : r.syria else { continue }
      placed.append(mentions[k])
      placed[placed.count - 1].actor = side
    }
    return placed
  }

  /// True when a short name is followed at once by a definite Arabic word other than a relative
  /// pronoun: «الهيئة العامة للإغاثة» is another body, not HTS.
  static func headsAnotherName(_ doc: ReportText, _ r: Reference, at next: Int) -> Bool {
    guard case .shortName = r, next < doc.tokens.count, doc.tokens[next].script == .arabic,
      doc.isTight(before: next)
    else { return false }
    return PlainArabic.original(of: next, in: doc, hasPrefix: "ال")
      && doc.forms[next].isDisjoint(with: relativePronouns)
  }

  /// "U.S.-backed", "YPG-led", "Iran-sponsored": a name joined by a hyphen to a backing word modifies
  /// the force named after it ("the U.S.-backed Syria Democratic Forces said they captured …"); read
  /// as an actor, the backer became the nearest actor and took the force's movements and captures.
  /// Compounds the table names whole ("US-backed SDF", "Turkish-backed rebels") match first.
  static func isBackerModifier(_ doc: ReportText, endingAt end: Int) -> Bool {
    guard end < doc.tokens.count, doc.tokens[end].script == .latin,
      !doc.forms[end].isDisjoint(with: backingParticiples)
    else { return false }
    let start = doc.tokens[end].start
    return start > 0 && start - 1 < doc.scalars.count && doc.scalars[start - 1] == "-"
      && doc.tokens[end - 1].end >= start - 2
  }
  /// "primarily", "mainly": an apposition naming which of a collective's groups is meant.
  static let chieflyWords: WordSet = ["primarily", "mainly", "mostly", "chiefly", "predominantly", "largely"]
  /// The participles of "X-backed", "X-led": the name before the hyphen backs or leads the force.
  static let backingParticiples: WordSet = ["backed", "led", "supported", "sponsored", "funded", "trained", "allied"]

  static func accept(_ doc: ReportText, _ i: Int, _ n: Int, _ actor: Actor) -> Bool {
    let t = doc.tokens[i]
    if t.script == .latin, n == 1, caseSensitive.contains(t.text) {
      let orig = doc.original(i)
      guard orig == orig.uppercased() else { return false }
    }
    // «إلى تركيا», "fled to Turkey": the country as a destination is a place, not the actor.
    if isCountryActor(actor), n == 1, i > 0, doc.isNear(before: i) {
      if !doc.forms[i - 1].isDisjoint(with: motionWords) { return false }
      if t.script == .arabic, let c = doc.withFoldedScalars(i, { $0.first }), c == "ب" || c == "ل" { return false }
    }
    // «النظام» / "regime" alone must not be the head of another phrase ("regime change" is rare; accept).
    return true
  }

  /// True for the actors named like their country (Iran, Russia, Turkey, the USA). A switch, not a
  /// `Set`: an `Actor` hashes its raw string, and `accept` asks for every name found.
  static func isCountryActor(_ actor: Actor) -> Bool {
    switch actor {
    case .iran, .rus, .tur, .usa: true
    default: false
    }
  }

  static func mention(_ doc: ReportText, _ i: Int, _ n: Int, _ actor: Actor, coreference: Bool)
    -> ActorMention
  {
    ActorMention(actor: actor, tokens: i, count: n, of: doc, coreference: coreference)
  }

  /// «التنظيم» → ISIS unless the report introduced another group as «تنظيم X» and never names ISIS or
  /// names that group nearer before it;
  /// "the group" → ISIS when ISIS was named, else the last organisation named; «الأخير» → the last actor.
  static func resolve(
    _ r: Reference, before: [ActorMention], doc: ReportText, documentNamesISIS: Bool = false,
    introduced: Actor? = nil
  ) -> Actor? {
    switch r {
    case .isis:
      // Anadolu calls the YPG «تنظيم "ي ب ك/بي كا كا"» and then «التنظيم».
      if !documentNamesISIS, let group = introduced { return group }
      // A report naming both («تنظيم "ي ب ك"» and «تنظيم داعش») means by «التنظيم» the one of the
      // two named nearest before it, not always ISIS.
      if let group = introduced, group != .isis {
        return before.last { $0.actor == group || $0.actor == .isis }?.actor ?? .isis
      }
      return .isis
    case .organisation:
      // «التنظيم» is ISIS in this theatre unless another armed group was named before it.
      if documentNamesISIS || before.contains(where: { $0.actor == .isis }) { return .isis }
      return before.last { ![.usa, .rus, .tur, .iran, .un, .regime].contains($0.actor) }?.actor ?? .isis
    case .latter:
      return before.last?.actor
    case .shortName(let actor):
      // The head stands for a name that holds it: «الوحدات» after «وحدات حماية الشعب», not after
      // «ي ب ك» (Anadolu's «مصدر في الجيش الوطني: الوحدات تقدمت» are the speaker's units).
      guard let heads = shortNameHeads[actor] else { return nil }
      return before.contains { a in
        a.actor == actor && !a.coreference && heads.contains { holds(a.surface, $0) }
      } ? actor : nil
    }
  }

  /// `surface.contains(head)` (Foundation's search, which compares by canonical equivalence) for a
  /// head of plain Arabic letters: the head's bytes in the surface's, at characters' edges. Written
  /// for speed: Foundation's search cost ~7,700 instructions a question. No other spelling is
  /// canonically equal to plain letters, so a surface without their bytes does not hold them; where
  /// the bytes are found next to a scalar that may join them into a character, Foundation answers.
  static func holds(_ surface: String, _ head: String) -> Bool {
    guard PlainArabic.isPlain(head) else { return surface.contains(head) }
    var surface = surface
    var head = head
    let found = surface.withUTF8 { s in
      head.withUTF8 { h -> Bool? in
        guard !h.isEmpty else { return true }
        guard h.count <= s.count else { return false }
        for i in 0...(s.count - h.count) where s[i] == h[0] {
          guard (1..<h.count).allSatisfy({ s[i + $0] == h[$0] }) else { continue }
          // The scalars around the match start characters of their own (`i` is a scalar start, as
          // the head's first byte is one; the scalar before ends at `i`).
          var before = i - 1
          while before > 0 && s[before] & 0xC0 == 0x80 { before -= 1 }
          func isLone(at j: Int) -> Bool {
            QuotePrefix.isLoneCharacter(LeadingScalars.decode(s, at: j).value)
          }
          let edges = (i == 0 || isLone(at: before)) && (i + h.count == s.count || isLone(at: i + h.count))
          return edges ? true : nil
        }
        return false
      }
    }
    return found ?? surface.contains(head)
  }
}
