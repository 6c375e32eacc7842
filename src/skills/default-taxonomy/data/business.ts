/**
 * Non-software marketplace skills. Format: see ../parse.ts. Keyed by table name
 * (prefixed "business-" so a key can never overwrite a table of the tech half when
 * index.ts merges the two objects).
 *
 * Choices worth knowing when editing:
 * - Languages are one skill each ("Spanish"), standing for proficiency and translation
 *   alike; the kind of work ("Legal Translation", "Subtitling") is a separate skill.
 * - Aliases are distinctive phrases people write, never bare generic words
 *   ("scheduling", "research") that would match unrelated text.
 * - A skill is flagged ambiguous when its name or an alias is an everyday word
 *   (Excel, Word, Sketch, Blender, Polish, Audition...).
 * - Tools that both halves could claim are left to the tech half (data/tech.ts), which owns
 *   them: Jira, Confluence, Trello, Asana, Notion, Slack, WordPress, Shopify, Salesforce
 *   (including its administration and Marketing Cloud), Zoho CRM, NetSuite, Webflow, Wix,
 *   Squarespace, Moodle, Microsoft Access, Looker Studio, Power BI, Zapier, Airtable, PLC.
 *   Related names here may only point at skills in this file.
 */
export const BUSINESS_TABLES: Record<string, string> = {
  "business-design": `
# category: design/graphic
Graphic Design | graphic designer, graphics design, Visual Design, Layout Design, Visual Communication, Design Enhancement | Adobe Photoshop, Adobe Illustrator, Logo Design, Brand Identity Design, Typography, Print Design | generic
Logo Design | logo designer, logo creation, logo designing | Brand Identity Design, Adobe Illustrator, Vector Illustration, Graphic Design
Brand Identity Design | branding, brand design, visual identity, corporate identity, brand identity | Logo Design, Brand Guidelines, Brand Strategy, Typography
Brand Guidelines | brand style guide, brand book, brand guidelines design, Style Guide, Style Guides | Brand Identity Design, Typography, Logo Design
Typography | type design, typographer | Hand Lettering, Graphic Design, Editorial Design
Print Design | print layout, print-ready design, print materials | Adobe InDesign, Brochure Design, Flyer Design, Packaging Design
Packaging Design | package design, product packaging design, box design | Label Design, Print Design, Adobe Illustrator, Product Rendering
Label Design | product label design, bottle label design | Packaging Design, Print Design
Brochure Design | brochures, trifold brochure design | Print Design, Flyer Design, Adobe InDesign
Flyer Design | flyers, leaflet design | Print Design, Brochure Design, Poster Design
Poster Design | posters | Flyer Design, Print Design, Graphic Design
Business Card Design | business cards | Brand Identity Design, Print Design, Logo Design
Infographic Design | infographics, data visualization design | Graphic Design, Presentation Design, Icon Design
Presentation Design | slide design, PowerPoint design, Google Slides design, deck design | Microsoft PowerPoint, Google Slides, Pitch Deck Design, Apple Keynote
Pitch Deck Design | investor deck design, pitch decks, pitch deck | Presentation Design, Business Plan Writing, Capital Raising
Book Cover Design | ebook cover design, cover design, book covers | Book Layout Design, Adobe Photoshop, Self-Publishing
Book Layout Design | interior book design, book interior layout | Typesetting, Adobe InDesign, Book Formatting, Book Cover Design
Typesetting | typesetter | Book Layout Design, Adobe InDesign, Typography
Editorial Design | magazine design, magazine layout, newsletter layout | Adobe InDesign, Typography, Print Design
T-Shirt Design | tshirt design, t shirt design, apparel graphics | Merchandise Design, Print on Demand, Adobe Illustrator
Merchandise Design | merch design, branded merchandise | T-Shirt Design, Sticker Design, Print on Demand
Sticker Design | stickers, decal design | Merchandise Design, Vector Illustration
Signage Design | sign design, wayfinding design | Print Design, Exhibition Design
Exhibition Design | exhibit design, trade show booth design, booth design | Signage Design, 3D Rendering
Banner Design | web banners, display banner design, banner ads design | Display Advertising, Social Media Graphics, Graphic Design
Social Media Graphics | social media design, social media post design, Instagram post design | Canva, Social Media Management, Banner Design
Album Cover Design | album artwork, cover art design | Graphic Design, Digital Illustration
Icon Design | iconography, icon sets, app icon design | UI Design, Vector Illustration
Image Vectorization | vector tracing, raster to vector, logo vectorization | Adobe Illustrator, Vector Illustration, Logo Design
Menu Design | restaurant menu design | Print Design, Graphic Design
Invitation Design | wedding invitation design, invitations | Print Design, Graphic Design
Email Design | email template design, newsletter design, HTML email design | Email Marketing, Mailchimp, Klaviyo
Mockup Design | product mockups, mockup creation, ~Mockup, ~Mockups, Mock-up | Adobe Photoshop, Packaging Design
Surface Pattern Design | pattern design, repeat pattern design, seamless patterns | Textile Design, Adobe Illustrator
Textile Design | fabric design, textile print design | Surface Pattern Design, Fashion Design
Board Game Design | tabletop game design, card game design | Game Art, Illustration
# category: design/ui-ux
User Experience Design | UX Design, UX, user experience, UX designer | User Research, Wireframing, Interactive Prototyping, UI Design, Figma | generic
User Interface Design | UI Design, UI, user interface, UI designer, GUI Design, UI Graphics, Interface Design, Web UI | UX Design, Figma, Design Systems, Web Design | generic
UI/UX Design | UI/UX, UX/UI, UX/UI design, UI UX design, Product Design, UX & UI, UX & UI Design, Web & Mobile Design, User-Centered Design, Human-Centered Design | UX Design, UI Design, Figma | generic
User Research | UX research, user interviews, design research | Usability Testing, User Personas, UX Design
Usability Testing | user testing, usability studies | User Research, UX Audit, A/B Testing
UX Audit | heuristic evaluation, usability audit, UX review | Usability Testing, UX Design
Wireframing | wireframes, wireframe, low-fidelity wireframes, UX Wireframe, UX Wireframes, Wireframe Design | Interactive Prototyping, Balsamiq, Figma, UX Design
Interactive Prototyping | clickable prototypes, UX prototyping, UI prototyping, high-fidelity prototypes, ~Prototyping, ~Prototype, ~Prototypes, UI/UX Prototyping, Interactive Prototype, Prototype Development, App Prototype, High Fidelity Design, High-Fidelity Prototype | Wireframing, Figma, ProtoPie, Axure RP
Information Architecture | site map design, content structure design | UX Design, Wireframing, User Journey Mapping
Interaction Design | IxD, interaction designer | UX Design, Interactive Prototyping, Motion Graphics
User Journey Mapping | customer journey mapping, journey mapping, user flows, User Flow, User Journey, User Journeys | User Research, Service Design, UX Design
User Personas | persona development, customer personas | User Research, Market Research
Design Systems | design system, component library design, UI kit | UI Design, Figma
Mobile App Design | app design, iOS app design, Android app design, mobile UI design | UI Design, UX Design, Figma | generic
Web Design | website design, web designer, website redesign, Website Asset, About Us Page, Web Component Design, Website Design Services | UI Design, Landing Page Design, Figma | generic
Landing Page Design | landing page designer, Landing Page, Landing Pages | Web Design, Landing Page Optimization, Unbounce
Dashboard Design | dashboard UI design, admin panel design | UI Design, Infographic Design
Inclusive Design | accessible design, accessibility design | UX Design, UI Design
Design Thinking | design sprint, design sprints | UX Design, Service Design, Workshop Facilitation
Service Design | service blueprinting | User Journey Mapping, Design Thinking, Customer Experience
Conversation Design | chatbot conversation design, voice UX design | UX Writing, UX Design
# category: design/tools
Adobe Photoshop | Photoshop, Adobe PS, Photoshop CC | Photo Retouching, Photo Editing, Graphic Design, Adobe Illustrator
Adobe Illustrator | Illustrator, Adobe Illustrator CC | Vector Illustration, Logo Design, Graphic Design, Adobe Photoshop | ambiguous
Adobe InDesign | InDesign, Adobe InDesign CC | Print Design, Editorial Design, Book Layout Design
Adobe XD | XD, Adobe Experience Design | UI Design, Interactive Prototyping, Figma | ambiguous
Adobe Creative Cloud | Adobe Creative Suite, Adobe CC, Creative Cloud | Adobe Photoshop, Adobe Illustrator, Adobe InDesign
Adobe Express | Adobe Spark | Canva, Social Media Graphics
Adobe Acrobat | Acrobat, Acrobat Pro, Adobe Acrobat Pro, PDF editing | Document Formatting, PDF Conversion
Figma | Figma design, FigJam | UI Design, UX Design, Interactive Prototyping, Design Systems
Sketch | Sketch app, Bohemian Sketch | UI Design, Figma | ambiguous
InVision | InVision Studio | Interactive Prototyping, UI Design
Axure RP | Axure | Wireframing, Interactive Prototyping
Balsamiq | Balsamiq Mockups | Wireframing
Framer | Framer design | Web Design, Interactive Prototyping | ambiguous
ProtoPie | | Interactive Prototyping, Figma
Zeplin | | Figma, UI Design
Miro | Miro board, RealtimeBoard | Workshop Facilitation, User Journey Mapping
Canva | Canva Pro | Social Media Graphics, Presentation Design, Adobe Express
CorelDRAW | Corel Draw, CorelDraw Graphics Suite | Vector Illustration, Graphic Design
Affinity Designer | | Vector Illustration, Adobe Illustrator
Affinity Photo | | Photo Editing, Adobe Photoshop
Affinity Publisher | | Adobe InDesign, Print Design
GIMP | GNU Image Manipulation Program | Photo Editing, Adobe Photoshop | ambiguous
Inkscape | | Vector Illustration, Adobe Illustrator
Procreate | Procreate app | Digital Illustration, Character Design | ambiguous
Krita | | Digital Illustration
Clip Studio Paint | Manga Studio | Comic Art, Manga Illustration, Digital Illustration
Adobe Lightroom | Lightroom, Lightroom Classic, Adobe Lightroom Classic | Photo Editing, Photography, Capture One
Capture One | Capture One Pro | Photo Editing, Adobe Lightroom
Midjourney | | AI Image Generation
AI Image Generation | AI art, AI-generated art, generative AI art, AI image creation | Midjourney, Digital Illustration
# category: design/illustration
Illustration | illustrations, illustration art | Digital Illustration, Vector Illustration, Character Design, Children's Book Illustration | ambiguous
Digital Illustration | digital art, digital painting | Illustration, Procreate, Adobe Photoshop, Concept Art
Vector Illustration | vector art, vector graphics, Vector Graphic | Adobe Illustrator, Illustration, Image Vectorization
Children's Book Illustration | childrens book illustration, picture book illustration, kids book illustration | Illustration, Children's Book Writing, Character Design
Book Illustration | book illustrations | Illustration, Children's Book Illustration
Editorial Illustration | magazine illustration | Illustration, Editorial Design
Character Design | character designer, mascot design | Illustration, Concept Art, 2D Animation
Concept Art | concept artist, visual development | Digital Illustration, Character Design, Game Art
Comic Art | comics, comic book art, comic illustration, webcomics | Manga Illustration, Comic Book Writing, Storyboarding
Manga Illustration | manga, anime art, anime illustration | Comic Art, Character Design
Storyboarding | storyboard, storyboards, storyboard artist | Comic Art, Explainer Videos, Video Production
Caricature | caricatures, caricature drawing | Portrait Illustration, Illustration
Portrait Illustration | digital portraits, portrait drawing | Caricature, Digital Illustration
Pencil Drawing | graphite drawing, pencil sketching | Illustration, Portrait Illustration
Watercolor Illustration | watercolour illustration, watercolor painting | Illustration
Pixel Art | sprite art, pixel art animation | Game Art, 2D Animation
Game Art | game assets, 2D game art, game art design | Concept Art, Pixel Art, 3D Game Assets
Technical Illustration | exploded view drawings, instructional illustration | Illustration, Technical Drawing
Medical Illustration | scientific illustration, anatomical illustration | Illustration, Technical Illustration
Tattoo Design | tattoo designs, tattoo art | Illustration, Hand Lettering
Hand Lettering | lettering, custom lettering | Calligraphy, Typography, Logo Design
Calligraphy | calligrapher | Hand Lettering, Invitation Design
Emote Design | Twitch emotes, emotes, Discord emotes | Character Design, Digital Illustration
NFT Art | NFT design, NFT collection art | Digital Illustration, Generative Art
Generative Art | generative design art | NFT Art, AI Image Generation
Map Design | cartographic design, fantasy maps, illustrated maps | Illustration, Infographic Design
# category: design/fashion
Fashion Design | apparel design, clothing design, fashion designer | Tech Pack Design, Pattern Making, Fashion Illustration, Textile Design
Fashion Illustration | fashion sketches, fashion flats | Fashion Design, Tech Pack Design
Tech Pack Design | tech packs, fashion tech pack, garment tech pack | Fashion Design, Pattern Making
Pattern Making | garment pattern making, sewing patterns, pattern drafting | Fashion Design, Tech Pack Design, CLO 3D
CLO 3D | CLO3D, CLO Virtual Fashion | Fashion Design, Marvelous Designer
Jewelry Design | jewellery design, jewelry CAD | Rhino 3D, Product Rendering, Fashion Design
Footwear Design | shoe design | Fashion Design, Industrial Design
Costume Design | costume designer | Fashion Design
# category: design/3d
3D Modeling | 3D modelling, 3D modeler, 3D models, 3D Design, 3D Model | Blender, Autodesk 3ds Max, Autodesk Maya, 3D Rendering
3D Rendering | 3D visualization, CGI rendering, 3D renders | 3D Modeling, V-Ray, KeyShot, Product Rendering
3D Animation | 3D animator, 3D motion | 3D Modeling, Autodesk Maya, Blender, Rigging
3D Character Modeling | character modeling, 3D character design | 3D Modeling, Digital Sculpting, ZBrush, Rigging
Product Rendering | product visualization, 3D product visualization, 3D product rendering | 3D Rendering, KeyShot, Packaging Design
Architectural Visualization | archviz, arch viz, architectural rendering, 3D architectural rendering, interior rendering | 3D Rendering, Lumion, V-Ray, Autodesk 3ds Max, Architectural Design
Texturing | 3D texturing, texture painting, PBR texturing | Substance Painter, 3D Modeling
Rigging | 3D rigging, character rigging | 3D Animation, Autodesk Maya, Blender | ambiguous
Digital Sculpting | 3D sculpting | ZBrush, 3D Character Modeling
Low Poly Modeling | low poly, low-poly 3D | 3D Modeling, 3D Game Assets
3D Game Assets | game-ready 3D models, 3D game art | 3D Modeling, Texturing, Game Art
3D Print Modeling | STL modeling, 3D printing design, 3D printable models | 3D Printing, 3D Modeling, Fusion 360
Photogrammetry | photogrammetry scanning | 3D Scanning, 3D Modeling
Blender | Blender 3D | 3D Modeling, 3D Animation, 3D Rendering | ambiguous
Autodesk Maya | Maya, Maya 3D | 3D Animation, Rigging, 3D Modeling | ambiguous
Autodesk 3ds Max | 3ds Max, 3D Studio Max, 3dsMax | 3D Modeling, V-Ray, Architectural Visualization
Cinema 4D | C4D, Cinema4D, Maxon Cinema 4D | Motion Graphics, 3D Rendering, Redshift Renderer
ZBrush | Z Brush | Digital Sculpting, 3D Character Modeling
Substance Painter | Adobe Substance Painter, Substance 3D Painter | Texturing, Substance Designer
Substance Designer | Adobe Substance Designer, Substance 3D Designer | Texturing, Substance Painter
Houdini | SideFX Houdini | Visual Effects, 3D Animation
KeyShot | Keyshot rendering | Product Rendering, 3D Rendering
V-Ray | VRay, Chaos V-Ray | 3D Rendering, Architectural Visualization, Autodesk 3ds Max
Corona Renderer | Corona Render | Architectural Visualization, Autodesk 3ds Max
Redshift Renderer | Redshift 3D, Maxon Redshift | Cinema 4D, 3D Rendering
Octane Render | OctaneRender, Octane | Cinema 4D, 3D Rendering | ambiguous
Arnold Renderer | Arnold, Autodesk Arnold | Autodesk Maya, 3D Rendering | ambiguous
Lumion | | Architectural Visualization, SketchUp, Revit
Twinmotion | | Architectural Visualization, Lumion
Enscape | Enscape 3D | Architectural Visualization, Revit, SketchUp
Marvelous Designer | | CLO 3D, 3D Character Modeling
Daz Studio | DAZ 3D, Daz3D | 3D Character Modeling
# category: design/motion
Motion Graphics | motion design, mograph, motion graphics design, motion designer, ~Animation, ~Animations, UI Animation | Adobe After Effects, 2D Animation, Cinema 4D, Explainer Videos
2D Animation | 2D animator, 2D animation video | Motion Graphics, Character Animation, Adobe Animate, Toon Boom Harmony
Explainer Videos | explainer video, animated explainer video, explainer video animation | Motion Graphics, 2D Animation, Vyond, Whiteboard Animation
Whiteboard Animation | whiteboard video, doodle video | Explainer Videos, VideoScribe
Logo Animation | animated logo, logo reveal, logo intro | Motion Graphics, Adobe After Effects
Character Animation | character animation artist | 2D Animation, 3D Animation, Adobe Character Animator
Kinetic Typography | text animation, animated typography | Motion Graphics, Adobe After Effects
Lottie Animation | Lottie, LottieFiles, Lottie animations | Motion Graphics, UI Design
GIF Animation | animated GIFs, GIF creation | 2D Animation, Motion Graphics
Visual Effects | VFX, visual effects artist | Compositing, Adobe After Effects, Houdini, Nuke
Compositing | VFX compositing, compositor | Visual Effects, Nuke, Rotoscoping
Rotoscoping | roto, rotoscope | Compositing, Visual Effects
Adobe After Effects | After Effects, Adobe AE | Motion Graphics, Visual Effects, Adobe Premiere Pro
Adobe Animate | Animate CC, Adobe Flash, Flash animation | 2D Animation, Character Animation
Adobe Character Animator | Character Animator | Character Animation
Toon Boom Harmony | Toon Boom | 2D Animation, Character Animation
Moho | Anime Studio, Moho Pro | 2D Animation
Spine 2D | Esoteric Spine, Spine animation | 2D Animation, Game Art
Vyond | GoAnimate | Explainer Videos
VideoScribe | | Whiteboard Animation
Nuke | Foundry Nuke, NukeX | Compositing, Visual Effects | ambiguous
# category: design/video
Video Editing | video editor, video post-production, video post production | Adobe Premiere Pro, Final Cut Pro, DaVinci Resolve, Color Grading
Video Production | video producer, corporate video production | Videography, Video Editing, Scriptwriting
Videography | videographer, video shooting, camera operation, camera operator | Video Production, Drone Videography, Video Editing
Color Grading | color correction, colour grading, colour correction | DaVinci Resolve, Video Editing
YouTube Video Editing | YouTube editing, YouTube video editor | Video Editing, YouTube Marketing, Short-Form Video Editing
Short-Form Video Editing | TikTok video editing, Reels editing, Shorts editing, short form video | Video Editing, CapCut, TikTok Marketing
Video Ad Creation | video ads, video advertisements, video ad production | Video Editing, Facebook Ads, UGC Content Creation
Drone Videography | drone footage, aerial videography, drone photography, aerial photography | Videography, Photography
Live Streaming | live stream production, livestreaming, live streaming production | OBS Studio, Webinar Production
OBS Studio | OBS, Open Broadcaster Software | Live Streaming
Adobe Premiere Pro | Premiere Pro, Premiere, Adobe Premiere | Video Editing, Adobe After Effects, Color Grading | ambiguous
Final Cut Pro | FCPX, Final Cut, Final Cut Pro X | Video Editing
DaVinci Resolve | DaVinci, Davinci Resolve Studio | Color Grading, Video Editing
CapCut | Cap Cut | Short-Form Video Editing
Avid Media Composer | Avid, Media Composer | Video Editing | ambiguous
Camtasia | | Screen Recording, Video Editing
Screen Recording | screencasts, screencast videos | Camtasia, Video Editing, Course Creation
iMovie | | Video Editing
Filmora | Wondershare Filmora | Video Editing
# category: design/photography
Photography | photographer, photo shoot | Product Photography, Portrait Photography, Adobe Lightroom, Photo Editing
Product Photography | ecommerce photography, e-commerce product photography, packshot photography | Photography, Photo Retouching, Background Removal
Portrait Photography | headshot photography, headshots, portrait photographer | Photography, Photo Retouching
Event Photography | event photographer | Photography, Wedding Photography
Wedding Photography | wedding photographer | Event Photography, Photo Editing
Real Estate Photography | property photography, real estate photographer | Photography, Virtual Staging, 360 Photography
Architectural Photography | interior photography | Photography, Real Estate Photography
Food Photography | food photographer | Photography, Product Photography
Fashion Photography | fashion photographer | Photography, Portrait Photography
Stock Photography | stock photos, stock photographer | Photography
360 Photography | 360-degree photography, virtual tours, virtual tour creation, Matterport | Real Estate Photography, Photography
Photo Editing | image editing, photo editor, picture editing | Adobe Photoshop, Adobe Lightroom, Photo Retouching
Photo Retouching | retouching, photo retouch, image retouching, skin retouching | Adobe Photoshop, Photo Editing, Background Removal
Photo Manipulation | photomanipulation, photo compositing | Adobe Photoshop, Photo Editing
Background Removal | clipping path, image background removal, remove background | Photo Editing, Product Photography, Adobe Photoshop
Image Restoration | photo restoration, old photo restoration | Photo Retouching, Adobe Photoshop
# category: design/industrial
Industrial Design | industrial designer, industrial product design | Product Rendering, 3D CAD Modeling, Hardware Product Development
Furniture Design | furniture designer | Industrial Design, SketchUp, Interior Design
`,

  "business-writing": `
# category: writing/copywriting
Copywriting | copywriter, copy writing, copywriting services | Sales Copywriting, Website Copywriting, Ad Copywriting, Content Writing
Sales Copywriting | sales copy, sales letters, sales pages, sales page copywriting | Copywriting, Direct Response Copywriting, VSL Scriptwriting
Direct Response Copywriting | direct response, direct response copy | Sales Copywriting, Email Copywriting
Conversion Copywriting | CRO copywriting | Copywriting, Conversion Rate Optimization, Landing Page Copywriting
Website Copywriting | website copy, web copy, web copywriting, website content writing | Copywriting, SEO Writing, Web Design
Landing Page Copywriting | landing page copy | Website Copywriting, Landing Page Design, Conversion Copywriting
Ad Copywriting | ad copy, advertising copy, ad copywriter | Copywriting, Google Ads, Facebook Ads
Email Copywriting | email copy, email copywriter | Email Marketing, Copywriting, Newsletter Writing
Social Media Copywriting | social media captions, caption writing, social media copy | Social Media Management, Copywriting
Product Descriptions | product description writing, product copy | Copywriting, Amazon Listing Optimization, E-commerce Management
UX Writing | microcopy, UX copywriting, UX writer | UX Design, Copywriting, Conversation Design
Brand Messaging | brand voice, messaging framework, brand voice development | Brand Strategy, Copywriting
Slogan Writing | taglines, tagline writing, slogans | Brand Naming, Copywriting
Brand Naming | business naming, product naming, company naming | Slogan Writing, Brand Strategy
VSL Scriptwriting | VSL, video sales letter, VSL script | Sales Copywriting, Scriptwriting
Press Release Writing | press releases, press release | Public Relations, Content Writing
# category: writing/content
Content Writing | content writer, web content writing, content creation writing, ~Writing, ~Article, ~Articles, Article Writing Services, Website Content, Web Content | Blog Writing, SEO Writing, Article Writing, Copywriting | ambiguous
Blog Writing | blogging, blog posts, blog writer, blog content, ~Blog, ~Blogs | Content Writing, SEO Writing, Article Writing
Article Writing | article writer, articles writing | Blog Writing, Content Writing, Journalism
SEO Writing | SEO content writing, SEO copywriting, SEO content, SEO articles | Search Engine Optimization, Blog Writing, Keyword Research
Newsletter Writing | newsletters, newsletter content | Email Copywriting, Email Marketing
White Paper Writing | white papers, whitepapers, whitepaper writing | B2B Marketing, Technical Writing, Case Study Writing
Case Study Writing | case studies, customer case studies | White Paper Writing, Content Marketing
eBook Writing | ebooks, e-book writing, ebook writer | Ghostwriting, Self-Publishing
Ghostwriting | ghost writing, ghostwriter, ghost writer | Nonfiction Book Writing, LinkedIn Content Writing, Memoir Writing
LinkedIn Content Writing | LinkedIn posts, LinkedIn ghostwriting, LinkedIn content | Ghostwriting, LinkedIn Marketing
Journalism | journalist, news writing, feature writing | Article Writing, Fact-Checking, AP Style
Health Writing | medical content writing, health content, wellness writing | Medical Writing, Content Writing
Financial Writing | finance content writing, financial content | Content Writing, Financial Analysis
Travel Writing | travel content, travel blogging | Content Writing, Blog Writing
Real Estate Listing Writing | property descriptions, real estate listings copy | Copywriting, Real Estate Photography
# category: writing/technical
Technical Writing | technical writer, tech writing, technical documentation, ~Documentation, Detailed Code Comments, Code Documentation | User Documentation, SOP Writing, Knowledge Base Writing, MadCap Flare
User Documentation | user manuals, user guides, instruction manuals | Technical Writing, Knowledge Base Writing
SOP Writing | standard operating procedures, SOPs, process documentation | Technical Writing, Business Process Improvement
Knowledge Base Writing | help center articles, help articles, FAQ writing | User Documentation, Customer Support, Zendesk
Proposal Writing | RFP writing, RFP responses, bid writing, tender writing | Grant Writing, Business Writing
Grant Writing | grant writer, grant proposals, grant applications | Proposal Writing, Nonprofit Fundraising
Report Writing | business reports, report writer | Business Writing, Research Reports
Research Reports | research report writing, industry reports | Report Writing, Market Research
Scientific Writing | research writing, scientific papers, manuscript writing | Academic Writing, Medical Writing, Literature Review
Academic Writing | academic research writing, academic papers | Scientific Writing, Academic Editing, Literature Review
Literature Review | literature reviews, systematic review, systematic literature review | Academic Writing, Scientific Writing
Medical Writing | regulatory medical writing, clinical writing, regulatory writing | Scientific Writing, Health Writing, FDA Regulatory Affairs
Policy Writing | policy documents, policy briefs | Business Writing, HR Policy Development
Business Writing | business communication writing, corporate writing | Report Writing, Proposal Writing
Speech Writing | speechwriting, speechwriter | Public Speaking, Business Writing
MadCap Flare | Flare | Technical Writing | ambiguous
Adobe FrameMaker | FrameMaker | Technical Writing
# category: writing/creative
Creative Writing | creative writer | Fiction Writing, Short Story Writing, Poetry
Fiction Writing | fiction, novel writing, novelist | Creative Writing, Short Story Writing, Developmental Editing
Short Story Writing | short stories | Fiction Writing, Creative Writing
Screenwriting | screenplay writing, screenplays, screenwriter, film scripts | Scriptwriting, Creative Writing
Scriptwriting | script writing, video scripts, YouTube scripts, scriptwriter | Screenwriting, Video Production, VSL Scriptwriting
Poetry | poetry writing, poems, poet | Creative Writing, Lyric Writing
Lyric Writing | lyrics, lyricist, song lyrics | Songwriting, Poetry
Children's Book Writing | childrens book writing, children's books, picture book writing | Children's Book Illustration, Fiction Writing
Game Writing | narrative design, interactive fiction, game narrative | Creative Writing, Worldbuilding
Worldbuilding | world building, lore writing | Game Writing, Fiction Writing
Comic Book Writing | comic scripts, comic writing | Comic Art, Creative Writing
Playwriting | stage plays, stage playwriting | Screenwriting, Creative Writing
Memoir Writing | memoirs, autobiography writing | Ghostwriting, Biography Writing
Biography Writing | biographies, biographer | Memoir Writing, Ghostwriting
Nonfiction Book Writing | non-fiction writing, nonfiction writing, non-fiction book writing | Ghostwriting, eBook Writing
Storytelling | brand storytelling, storyteller | Brand Messaging, Copywriting
# category: writing/editing
Editing | content editing, text editing, document editing | Proofreading, Copy Editing, Line Editing | ambiguous
Proofreading | proofreader, proof reading, proof-reading | Copy Editing, Editing, Translation Proofreading
Copy Editing | copyediting, copy-editing, copy editor | Proofreading, Line Editing, AP Style, Chicago Manual of Style
Line Editing | line editor | Copy Editing, Developmental Editing
Developmental Editing | developmental edit, structural editing, manuscript critique, manuscript assessment | Line Editing, Fiction Writing, Book Formatting
Academic Editing | dissertation editing, thesis editing, academic proofreading | Academic Writing, APA Style, Proofreading
Fact-Checking | fact checking, fact checker | Journalism, Editing
Content Rewriting | paraphrasing, article rewriting | Editing, Content Writing
AI Content Editing | AI-generated content editing, AI text humanizing | Editing, Content Writing
Book Formatting | manuscript formatting, ebook formatting, Kindle formatting, KDP formatting | Self-Publishing, Book Layout Design, Developmental Editing
Self-Publishing | Amazon KDP, Kindle Direct Publishing, KDP, self publishing | Book Formatting, Book Cover Design, eBook Writing
AP Style | Associated Press style, AP Stylebook | Copy Editing, Journalism
Chicago Manual of Style | CMOS, Chicago style | Copy Editing, Academic Editing
APA Style | APA formatting, APA citation | Academic Editing, Academic Writing
MLA Style | MLA formatting, MLA citation | Academic Editing
# category: writing/career
Resume Writing | CV writing, resume writer, résumé writing, CV writer | Cover Letter Writing, LinkedIn Profile Optimization, Career Coaching
Cover Letter Writing | cover letters, cover letter | Resume Writing
LinkedIn Profile Optimization | LinkedIn profile writing, LinkedIn profile makeover | Resume Writing, Personal Branding
Personal Branding | personal brand, personal brand strategy | LinkedIn Profile Optimization, Bio Writing
Bio Writing | professional bio, author bio, speaker bio | Personal Branding, Copywriting
Personal Statement Writing | college admissions essays, statement of purpose, admission essays | Academic Writing, Resume Writing
`,

  "business-marketing": `
# category: marketing/seo
Search Engine Optimization | SEO, search optimization, SEO specialist, SEO services, SEO Performance, SEO Setup & Configuration, SEO Setup, SEO-Based Website | On-Page SEO, Technical SEO, Link Building, Keyword Research, Google Search Console
On-Page SEO | on page SEO, onpage SEO, on-site SEO | Search Engine Optimization, Keyword Research, SEO Writing
Off-Page SEO | off page SEO, offpage SEO | Link Building, Search Engine Optimization
Technical SEO | technical SEO audit, site speed optimization for SEO | SEO Audit, Google Search Console, Screaming Frog
Local SEO | local search optimization, local SEO services | Google Business Profile, Search Engine Optimization
Link Building | backlinks, backlink building, link building outreach, guest posting | Off-Page SEO, Ahrefs
Keyword Research | keyword analysis, keyword planning, SEO Keyword Research | Search Engine Optimization, SEMrush, Ahrefs, Google Ads
SEO Audit | site audit, SEO audits, website SEO audit | Technical SEO, Screaming Frog
Ecommerce SEO | e-commerce SEO, Shopify SEO, product page SEO | Search Engine Optimization, Amazon Listing Optimization
YouTube SEO | YouTube optimization, video SEO | YouTube Marketing, Keyword Research
App Store Optimization | ASO, app store SEO | Keyword Research, Search Engine Optimization
Google Business Profile | Google My Business, GMB, Google Maps listing | Local SEO, Review Management
Google Search Console | Search Console, Google Webmaster Tools | Technical SEO, Google Analytics
Ahrefs | | Link Building, Keyword Research, SEMrush
SEMrush | SEM rush | Keyword Research, Ahrefs
Moz | Moz Pro | Search Engine Optimization
Screaming Frog | Screaming Frog SEO Spider | SEO Audit, Technical SEO
Yoast SEO | Yoast, WordPress SEO Plugin, WordPress SEO | On-Page SEO
Surfer SEO | SurferSEO | SEO Writing, On-Page SEO
# category: marketing/ppc
Pay-Per-Click Advertising | PPC, pay per click, PPC advertising, PPC management, pay-per-click | Google Ads, Microsoft Advertising, Search Engine Marketing
Search Engine Marketing | SEM, paid search, search advertising | Google Ads, Pay-Per-Click Advertising, Keyword Research
Google Ads | AdWords, Google AdWords, Google Ads management, Google advertising | Pay-Per-Click Advertising, Search Engine Marketing, Google Shopping Ads, Performance Max Campaigns
Microsoft Advertising | Bing Ads, Microsoft Ads, Bing advertising | Google Ads, Pay-Per-Click Advertising
Google Shopping Ads | Google Shopping, shopping campaigns, Google Shopping campaigns | Google Ads, Google Merchant Center
Google Merchant Center | Merchant Center, product feed management | Google Shopping Ads, Product Feed Optimization
Product Feed Optimization | feed optimization, shopping feed management | Google Merchant Center, Catalog Management
Performance Max Campaigns | PMax, Performance Max | Google Ads
Display Advertising | display ads, banner advertising, Google Display Network, GDN | Programmatic Advertising, Retargeting, Banner Design
Programmatic Advertising | programmatic ads, programmatic media buying | Display Advertising, The Trade Desk, Paid Media Buying
The Trade Desk | TradeDesk | Programmatic Advertising
YouTube Ads | YouTube advertising, YouTube video ads | Google Ads, Video Ad Creation, YouTube Marketing
Retargeting | remarketing, retargeting ads, remarketing campaigns | Display Advertising, Facebook Ads, Google Ads
Native Advertising | native ads, Taboola, Outbrain | Display Advertising, Paid Media Buying
Paid Media Buying | media buying, paid media, media buyer | Facebook Ads, Google Ads, Programmatic Advertising
Apple Search Ads | Apple Search Ads campaigns | App Store Optimization, Pay-Per-Click Advertising
# category: marketing/social
Social Media Marketing | SMM, social media marketing strategy, social marketing | Social Media Management, Facebook Ads, Instagram Marketing, Content Marketing
Social Media Management | social media manager, social media account management, social media posting | Social Media Marketing, Content Calendar Planning, Hootsuite, Canva
Content Calendar Planning | content calendar, editorial calendar, social media calendar | Social Media Management, Content Strategy
Facebook Ads | Facebook advertising, Meta Ads, Facebook Ads Manager, Meta advertising, Instagram Ads | Social Media Marketing, Retargeting, Conversion Tracking, Paid Media Buying
Facebook Marketing | Facebook page management, Facebook marketing strategy, Facebook groups marketing | Facebook Ads, Social Media Marketing
Instagram Marketing | Instagram growth, Instagram management, Instagram account management | Social Media Marketing, Influencer Marketing, Facebook Ads
TikTok Marketing | TikTok growth, TikTok content strategy | TikTok Ads, Short-Form Video Editing, Social Media Marketing
TikTok Ads | TikTok advertising, TikTok ad campaigns | TikTok Marketing, Paid Media Buying
LinkedIn Marketing | LinkedIn company page management, LinkedIn growth | LinkedIn Ads, LinkedIn Content Writing, B2B Marketing
LinkedIn Ads | LinkedIn advertising, LinkedIn ad campaigns | LinkedIn Marketing, Account-Based Marketing
Twitter Marketing | X marketing, Twitter growth, X (Twitter) marketing | Social Media Marketing
Pinterest Marketing | Pinterest management, Pinterest ads, Pinterest growth | Social Media Marketing, Etsy Shop Management
YouTube Marketing | YouTube channel growth, YouTube channel management | YouTube SEO, YouTube Ads, YouTube Video Editing
Snapchat Ads | Snapchat advertising | Paid Media Buying
Reddit Marketing | Reddit ads, Reddit advertising | Community Management
Community Management | online community management, community manager, community building | Discord Community Management, Social Media Management, Content Moderation
Discord Community Management | Discord moderation, Discord server management | Community Management, Content Moderation
Content Creation | content creator, social media content creation | UGC Content Creation, Social Media Management, Short-Form Video Editing
UGC Content Creation | user-generated content, UGC, UGC creator, UGC videos | Content Creation, Video Ad Creation, Influencer Marketing
Social Listening | social media monitoring, brand monitoring | Social Media Marketing, Reputation Management
Hootsuite | | Social Media Management, Sprout Social
Buffer | Buffer app | Social Media Management | ambiguous
Sprout Social | | Social Media Management, Social Listening
Meta Business Suite | Facebook Business Manager, Meta Business Manager | Facebook Ads, Facebook Marketing
# category: marketing/content
Content Marketing | content marketer, content marketing strategy | Content Strategy, Blog Writing, Search Engine Optimization
Content Strategy | content strategist, content planning | Content Marketing, Content Calendar Planning, Brand Strategy
Video Marketing | video content marketing | YouTube Marketing, Video Production
Influencer Marketing | influencer outreach, influencer campaigns, influencer management | Instagram Marketing, TikTok Marketing, UGC Content Creation
Affiliate Marketing | affiliate management, affiliate program management, affiliate marketer | Affiliate Networks, Influencer Marketing
Affiliate Networks | ShareASale, CJ Affiliate, Commission Junction, Impact.com, Rakuten Advertising | Affiliate Marketing
Podcast Booking | podcast guest booking, podcast guesting | Public Relations, Podcast Marketing
Podcast Marketing | podcast promotion, podcast growth | Podcast Production, Podcast Booking
# category: marketing/email
Email Marketing | email campaigns, e-mail marketing, email marketing campaigns, email marketer, Email Campaign Setup, Email Campaign | Email Automation, Mailchimp, Klaviyo, Email Copywriting, Email Design
Email Automation | email flows, email sequences, drip campaigns, automated email campaigns | Email Marketing, Marketing Automation, Klaviyo
Email List Growth | email list building, subscriber growth, opt-in growth | Email Marketing, Lead Magnet Creation
Email Deliverability | deliverability, inbox placement, email warmup | Email Marketing, Cold Emailing
SMS Marketing | text message marketing, SMS campaigns | Email Marketing, Klaviyo
Mailchimp | Mail Chimp | Email Marketing, Email Design
Klaviyo | Klaviyo flows | Email Marketing, Email Automation, SMS Marketing
ActiveCampaign | Active Campaign | Email Automation, Marketing Automation
ConvertKit | Kit.com, ConvertKit email | Email Marketing, Newsletter Writing
Constant Contact | | Email Marketing
Brevo | Sendinblue | Email Marketing, SMS Marketing
GetResponse | Get Response | Email Marketing
AWeber | | Email Marketing
Omnisend | | Email Marketing, SMS Marketing
Campaign Monitor | | Email Marketing
MailerLite | Mailer Lite | Email Marketing
# category: marketing/automation
Marketing Automation | marketing automation platforms, automated marketing | Email Automation, HubSpot, Marketo, ActiveCampaign
HubSpot | HubSpot Marketing Hub, HubSpot CRM, HubSpot Sales Hub, Hubspot marketing | Marketing Automation, CRM Management, Email Marketing, Inbound Marketing
Inbound Marketing | inbound marketing strategy | HubSpot, Content Marketing
Marketo | Adobe Marketo, Marketo Engage | Marketing Automation
Pardot | Salesforce Pardot, Marketing Cloud Account Engagement | Marketing Automation
Braze | Braze CRM messaging | Marketing Automation, Push Notification Campaigns
Push Notification Campaigns | push notifications marketing, mobile push campaigns | Braze, Customer Retention Marketing
Keap | Infusionsoft, Keap CRM | Marketing Automation, CRM Management
GoHighLevel | HighLevel, GHL, Go High Level | Sales Funnels, Marketing Automation, CRM Management
ClickFunnels | Click Funnels, ClickFunnels 2.0 | Sales Funnels, Landing Page Design
Sales Funnels | sales funnel, funnel building, marketing funnels, funnel design | ClickFunnels, GoHighLevel, Lead Magnet Creation
Lead Magnet Creation | lead magnets, lead magnet design | Sales Funnels, Email List Growth, eBook Writing
Unbounce | | Landing Page Design, Landing Page Optimization
# category: marketing/analytics
Marketing Analytics | marketing data analysis, campaign analysis | Google Analytics, Marketing Reporting, Marketing Attribution
Marketing Reporting | marketing dashboards, campaign reporting, marketing KPI reporting | Marketing Analytics
Google Analytics | GA4, Google Analytics 4, Universal Analytics | Google Tag Manager, Marketing Analytics, Conversion Tracking
Google Tag Manager | GTM, Tag Manager | Google Analytics, Conversion Tracking
Conversion Tracking | conversion tracking setup, pixel tracking, Facebook Pixel, Meta Pixel, Conversions API, UTM tracking | Google Tag Manager, Facebook Ads, Google Analytics
Marketing Attribution | attribution modeling, multi-touch attribution | Marketing Analytics, Conversion Tracking
Hotjar | Hotjar heatmaps | Conversion Rate Optimization, UX Audit
Adobe Analytics | Omniture, SiteCatalyst | Marketing Analytics
# category: marketing/research
Market Research | market analysis, market study, marketing research | Competitor Analysis, Survey Design, User Personas
Competitor Analysis | competitive analysis, competitor research, competitive research | Market Research, SWOT Analysis
Survey Design | questionnaire design, surveys design, customer surveys | Market Research, SurveyMonkey, Qualtrics, Typeform
Customer Segmentation | market segmentation, audience segmentation | Market Research, User Personas
SurveyMonkey | Survey Monkey | Survey Design
Qualtrics | Qualtrics XM | Survey Design, Market Research
Typeform | | Survey Design, Google Forms
# category: marketing/cro
Conversion Rate Optimization | CRO, conversion optimization, conversion rate optimisation | A/B Testing, Landing Page Optimization, Hotjar
A/B Testing | split testing, A/B tests, AB testing, multivariate testing | Conversion Rate Optimization, Optimizely, VWO
Landing Page Optimization | landing page optimisation, landing page testing | Conversion Rate Optimization, Landing Page Design
Optimizely | | A/B Testing
VWO | Visual Website Optimizer | A/B Testing
# category: marketing/strategy
Digital Marketing | online marketing, internet marketing, digital marketer, digital marketing strategy, ~Marketing, Online Marketing Strategy | Search Engine Optimization, Social Media Marketing, Pay-Per-Click Advertising, Email Marketing | generic, ambiguous
Marketing Strategy | marketing plan, marketing planning, marketing strategist | Digital Marketing, Brand Strategy, Go-to-Market Strategy
Go-to-Market Strategy | GTM strategy, go to market, go-to-market plan, product launch strategy | Product Marketing, Marketing Strategy
Product Marketing | product marketer, product positioning | Go-to-Market Strategy, Competitor Analysis
Growth Marketing | growth hacking, growth hacker, growth marketer | Digital Marketing, A/B Testing, Marketing Analytics
B2B Marketing | business-to-business marketing | Account-Based Marketing, LinkedIn Marketing, Demand Generation
Account-Based Marketing | ABM, account based marketing | B2B Marketing, LinkedIn Ads
Demand Generation | demand gen | B2B Marketing, Lead Generation
Brand Strategy | brand positioning, branding strategy, brand strategist | Brand Identity Design, Brand Messaging, Marketing Strategy
Brand Management | brand manager | Brand Strategy, Brand Guidelines
Marketing Communications | marcom, marcomms, marketing comms | Public Relations, Brand Messaging
Public Relations | PR campaigns, media relations, publicity, PR strategy | Press Release Writing, Crisis Communications, Media Outreach
Media Outreach | press outreach, journalist outreach, media pitching | Public Relations, Podcast Booking
Crisis Communications | crisis PR, crisis communication | Public Relations, Reputation Management
Internal Communications | employee communications, internal comms | Marketing Communications, Employee Engagement
Reputation Management | online reputation management, brand reputation management | Review Management, Public Relations, Social Listening
Event Marketing | event promotion, event marketing strategy | Event Planning, Social Media Marketing
Direct Mail Marketing | direct mail, direct mail campaigns | Direct Response Copywriting, Print Design
Customer Retention Marketing | retention marketing, loyalty programs, loyalty marketing | Email Marketing, Churn Reduction
Local Marketing | local business marketing, hyperlocal marketing | Local SEO, Google Business Profile
Real Estate Marketing | property marketing | Real Estate Photography, Social Media Marketing
`,

  "business-sales": `
# category: sales/lead-generation
Lead Generation | lead gen, B2B lead generation, lead generator, lead generation services | Prospect List Building, Cold Emailing, LinkedIn Outreach, Appointment Setting
Prospect List Building | list building, B2B list building, prospect lists, lead list building | Lead Generation, Contact Research, Apollo.io, LinkedIn Sales Navigator
Contact Research | email finding, contact list research, contact data research | Prospect List Building, Web Research
Lead Qualification | lead scoring, qualifying leads | Lead Generation, Sales Development
Appointment Setting | appointment setter, meeting booking, sales appointment setting | Cold Calling, Lead Generation, Calendar Management
Cold Calling | cold caller, outbound calling, cold calls | Telemarketing, Appointment Setting, Sales Script Writing
Cold Emailing | cold email, cold outreach email, cold email campaigns | Lead Generation, Email Deliverability, Instantly.ai, Lemlist
LinkedIn Outreach | LinkedIn prospecting, LinkedIn lead generation, LinkedIn automation outreach | LinkedIn Sales Navigator, Lead Generation
Telemarketing | telesales, telephone sales | Cold Calling, Inside Sales
Sales Prospecting | prospecting, outbound prospecting | Lead Generation, Cold Calling, Cold Emailing
LinkedIn Sales Navigator | Sales Navigator | LinkedIn Outreach, Prospect List Building
Apollo.io | Apollo io | Prospect List Building, Cold Emailing
ZoomInfo | Zoom Info | Prospect List Building, Contact Research
Lusha | | Contact Research
Instantly.ai | Instantly | Cold Emailing, Email Deliverability | ambiguous
Lemlist | | Cold Emailing
Salesloft | Sales Loft | Sales Development, Cold Emailing
# category: sales/selling
Sales | sales representative, salesperson, sales rep | B2B Sales, Inside Sales, Negotiation | ambiguous, generic
B2B Sales | business-to-business sales, enterprise sales | Sales, Account Management, Consultative Selling
Inside Sales | inside sales representative | Sales, Telemarketing
Sales Development | SDR, sales development representative, BDR | Lead Qualification, Cold Calling, Sales Prospecting
Business Development | biz dev, business developer, business development manager | Partnership Development, Lead Generation, B2B Sales
Account Management | key account management, account manager, client account management | Customer Success, Upselling, B2B Sales
Partnership Development | strategic partnerships, partner management, channel partnerships | Business Development
Consultative Selling | consultative sales, solution selling | B2B Sales, Negotiation
Sales Closing | high-ticket closing, high ticket sales, closing deals | Sales, Negotiation
Negotiation | negotiations, negotiating, deal negotiation | Sales Closing, Contract Negotiation, Procurement
Upselling | cross-selling, upsell, cross-sell | Account Management, Customer Success
Sales Strategy | sales planning, sales plan | Sales Management, Go-to-Market Strategy
Sales Management | sales manager, sales team management | Sales Strategy, Sales Pipeline Management, Sales Forecasting
Sales Pipeline Management | pipeline management, deal pipeline management | CRM Management, Sales Forecasting
Sales Forecasting | sales forecasts, revenue forecasting | Sales Pipeline Management, Financial Forecasting
Sales Script Writing | cold call scripts, sales scripts, call scripts | Cold Calling, Sales Copywriting
Sales Enablement | sales training materials, sales playbooks | Sales Management, Sales Training
Sales Training | sales coaching | Sales Enablement, Corporate Training
# category: sales/crm
Customer Relationship Management | CRM, CRM management, CRM administration, CRM setup | HubSpot, Pipedrive
Pipedrive | Pipedrive CRM | CRM Management, Sales Pipeline Management
Close CRM | Close.com, Close.io | CRM Management
Freshsales | Freshworks CRM | CRM Management
`,

  "business-admin": `
# category: admin/virtual-assistance
Virtual Assistance | virtual assistant, VA, virtual admin support | Administrative Support, Email Management, Calendar Management, Data Entry | ambiguous
Administrative Support | administrative assistant, admin assistant, office administration, admin support | Virtual Assistance, Data Entry, Document Formatting
Executive Assistance | executive assistant, executive support | Calendar Management, Email Management, Travel Planning
Personal Assistance | personal assistant, personal errands management | Virtual Assistance, Travel Planning
Email Management | inbox management, email handling, inbox zero, ~Email, Gmail Management | Virtual Assistance, Calendar Management, Microsoft Outlook | ambiguous
Calendar Management | diary management, appointment scheduling, calendar scheduling | Email Management, Executive Assistance, Calendly
Travel Planning | travel arrangements, travel booking, itinerary planning | Executive Assistance, Event Planning
Data Entry | data entry clerk, data input, online data entry | Microsoft Excel, Google Sheets, Typing, Web Research
Typing | typist, fast typing, copy typing | Data Entry, Transcription | ambiguous
Web Research | internet research, online research, desk research | Data Entry, Market Research, Contact Research
Document Formatting | Word formatting, document layout, report formatting | Microsoft Word, Google Docs, Adobe Acrobat
PDF Conversion | PDF to Word, PDF to Excel, document conversion | Adobe Acrobat, Data Entry
Order Processing | order entry, sales order processing | Order Fulfillment, Data Entry
Minute Taking | meeting minutes, note taking, meeting notes | Executive Assistance, Transcription
Office Management | office manager | Administrative Support, Bookkeeping
Virtual Receptionist | receptionist, phone answering, call answering | Phone Support, Appointment Setting
Real Estate Virtual Assistance | real estate VA, real estate assistant | Transaction Coordination, Virtual Assistance
Transaction Coordination | real estate transaction coordinator, transaction coordinator | Real Estate Virtual Assistance
Mail Merge | mail merges | Microsoft Word, Google Sheets
Calendly | | Calendar Management, Appointment Setting
DocuSign | Docusign eSignature | Contract Management, PandaDoc
PandaDoc | | DocuSign, Proposal Writing
# category: admin/medical
Medical Billing | medical billing specialist, healthcare billing | Medical Coding, Insurance Verification, Prior Authorization
Medical Coding | ICD-10 coding, CPT coding, medical coder | Medical Billing
Medical Scribing | medical scribe, virtual scribe, virtual medical scribe | Medical Transcription
Insurance Verification | eligibility verification, benefits verification | Medical Billing, Prior Authorization
Prior Authorization | prior auth, pre-authorization | Insurance Verification, Medical Billing
Medical Virtual Assistance | medical VA, virtual medical assistant | Medical Scribing, Medical Billing, Virtual Assistance
# category: admin/transcription
Transcription | transcriptionist, audio transcription, video transcription, dictation transcription | Verbatim Transcription, Closed Captioning, Typing, Express Scribe
Verbatim Transcription | clean verbatim, intelligent verbatim, verbatim transcripts | Transcription
Medical Transcription | medical transcriptionist | Transcription, Medical Scribing
Legal Transcription | legal transcriptionist, court transcription | Transcription, Paralegal Services
Closed Captioning | captioning, closed captions, CART captioning | Subtitling, Transcription
Express Scribe | Express Scribe Transcription | Transcription
# category: admin/office-tools
Microsoft Excel | Excel, MS Excel, Microsoft Office Excel, Excel spreadsheets, ~Spreadsheet, ~Spreadsheets | Excel Formulas, Pivot Tables, Google Sheets, Data Entry | ambiguous
Excel Formulas | Excel functions, VLOOKUP, XLOOKUP, INDEX MATCH, Excel Formula | Microsoft Excel, Pivot Tables
Pivot Tables | pivot table, PivotTables | Microsoft Excel, Excel Formulas
Excel Dashboards | Excel dashboard, spreadsheet dashboards | Microsoft Excel, Pivot Tables
Google Sheets | Gsheets, Google Spreadsheets, Google Sheet | Microsoft Excel, Google Workspace
Microsoft Word | MS Word, Word, Microsoft Office Word | Document Formatting, Microsoft Office | ambiguous
Microsoft PowerPoint | PowerPoint, MS PowerPoint, PPT, Power Point | Presentation Design, Google Slides
Microsoft Outlook | Outlook, MS Outlook | Email Management, Calendar Management | ambiguous
Microsoft Office | MS Office, Microsoft 365, Office 365, O365, Microsoft Office Suite | Microsoft Excel, Microsoft Word, Microsoft PowerPoint
Microsoft OneNote | OneNote | Microsoft Office
Microsoft Teams | MS Teams, Teams | Microsoft Office | ambiguous
Microsoft Visio | Visio | Process Mapping, Technical Drawing
Google Workspace | G Suite, GSuite, Google Apps, ~Gmail, Gmail API | Google Sheets, Google Docs, Google Slides
Google Docs | Google Doc | Google Workspace, Document Formatting
Google Slides | | Presentation Design, Google Workspace
Google Forms | | Survey Design, Google Workspace
Apple Pages | Pages | Document Formatting | ambiguous
Apple Numbers | Numbers | Microsoft Excel | ambiguous
Apple Keynote | Keynote | Presentation Design | ambiguous
# category: admin/customer-support
Customer Service | Customer Support, customer care, customer support representative, customer service representative | Email Support, Live Chat Support, Phone Support, Ticket Management
Email Support | email customer support, email customer service | Customer Support, Zendesk
Live Chat Support | chat support, live chat, live chat agent | Customer Support, Intercom
Phone Support | phone customer service, inbound calls, inbound call handling | Customer Support, Call Center Operations
Call Center Operations | call center, contact center, call centre | Phone Support, Customer Support
Ticket Management | support ticket handling, support ticketing, support tickets | Zendesk, Freshdesk, Customer Support
Complaint Handling | complaint resolution, escalation handling, conflict resolution with customers | Customer Support
Content Moderation | content moderator, content review moderation | Community Management, Customer Support
Support Quality Assurance | call quality monitoring, customer support QA, support QA | Customer Support, Call Center Operations
Zendesk | Zendesk Support | Ticket Management, Customer Support
Freshdesk | Fresh desk | Ticket Management, Customer Support
Intercom | Intercom chat | Live Chat Support | ambiguous
Gorgias | | Customer Support, E-commerce Management
Help Scout | HelpScout | Ticket Management
Zoho Desk | | Ticket Management
# category: admin/customer-success
Customer Success | customer success management, customer success manager | Customer Onboarding, Account Management, Churn Reduction
Customer Onboarding | client onboarding, user onboarding | Customer Success
Churn Reduction | churn management, customer retention | Customer Success, Customer Retention Marketing
Customer Experience | CX, customer experience management | Customer Success, Net Promoter Score, Service Design
Net Promoter Score | NPS, NPS surveys | Customer Experience, Survey Design
Customer Feedback Analysis | voice of the customer, VOC, feedback analysis | Customer Experience, Survey Design
`,

  "business-finance": `
# category: finance/accounting
Accounting | accountant, accounting services | Bookkeeping, Financial Reporting, Tax Preparation, GAAP
Bookkeeping | bookkeeper, book keeping, book-keeping | Accounting, Bank Reconciliation, QuickBooks, Xero
Accounts Payable | accounts payable management, vendor payments | Bookkeeping, Bill.com, Invoice Processing
Accounts Receivable | accounts receivable management, collections management, credit control | Bookkeeping, Invoicing
Invoice Processing | invoice entry, vendor invoice processing | Accounts Payable, Data Entry
Invoicing | invoice management, invoice creation | Accounts Receivable, QuickBooks
Bank Reconciliation | account reconciliation, reconciliations, bank recs | Bookkeeping, Month-End Close
Payroll | payroll processing, payroll management, payroll administration | Gusto, ADP, Bookkeeping
Month-End Close | month end closing, financial close, year-end close | Bank Reconciliation, Financial Reporting
Financial Reporting | financial statements, financial statement preparation | Accounting, GAAP, IFRS, Month-End Close
Management Accounting | managerial accounting, management accounts | Cost Accounting, Budgeting
Cost Accounting | costing, product costing | Management Accounting
Forensic Accounting | fraud examination, forensic accountant | Auditing, Accounting
Auditing | financial audit, external audit, auditor | Internal Audit, Financial Reporting
Internal Audit | internal controls, internal auditor | Auditing, SOX Compliance
Nonprofit Accounting | fund accounting, non-profit accounting | Accounting, Grant Writing
Expense Management | expense reports, expense tracking | Expensify, Bookkeeping
Financial Consolidation | group consolidation, consolidations | Financial Reporting, IFRS
Revenue Recognition | ASC 606, IFRS 15 | GAAP, IFRS
GAAP | US GAAP, generally accepted accounting principles | Financial Reporting, IFRS
IFRS | International Financial Reporting Standards | Financial Reporting, GAAP
SOX Compliance | Sarbanes-Oxley, SOX | Internal Audit, Regulatory Compliance
CFO Services | fractional CFO, virtual CFO, outsourced CFO | Financial Planning & Analysis, Financial Modeling, Cash Flow Management
# category: finance/tax
Tax Preparation | tax returns, tax filing, income tax preparation, tax return preparation | Tax Planning, Drake Tax, UltraTax, Lacerte
Tax Planning | tax strategy, tax advisory | Tax Preparation, Corporate Tax
Corporate Tax | corporation tax, business tax returns | Tax Planning, Tax Preparation
International Tax | cross-border tax, expat tax | Transfer Pricing, Tax Planning
Transfer Pricing | transfer pricing documentation | International Tax
Tax Resolution | IRS representation, tax debt resolution | Tax Preparation
Sales Tax Compliance | sales tax, sales tax filing | VAT Compliance, Tax Preparation
VAT Compliance | VAT, VAT returns, value added tax, GST returns | Sales Tax Compliance, Xero | ambiguous
# category: finance/tools
QuickBooks | QuickBooks Online, QBO, Quickbooks Desktop, QBD, Intuit QuickBooks | Bookkeeping, Xero, Accounting
Xero | Xero accounting | Bookkeeping, QuickBooks
Sage Accounting | Sage, Sage 50, Sage One, Sage Business Cloud | Bookkeeping | ambiguous
Sage Intacct | Intacct | Accounting
FreshBooks | Fresh Books | Invoicing, Bookkeeping
Wave Accounting | Wave Apps | Bookkeeping
Zoho Books | | Bookkeeping
MYOB | MYOB AccountRight | Bookkeeping
Tally | TallyPrime, Tally ERP 9 | Bookkeeping | ambiguous
Bill.com | Bill dot com | Accounts Payable
Expensify | | Expense Management
Gusto | Gusto payroll | Payroll | ambiguous
ADP | ADP Workforce Now, ADP payroll, ADP Run | Payroll
Drake Tax | Drake Software | Tax Preparation
UltraTax | UltraTax CS | Tax Preparation
Lacerte | Intuit Lacerte | Tax Preparation
Dext | Receipt Bank, Dext Prepare | Bookkeeping, Hubdoc
Hubdoc | | Bookkeeping, Dext
A2X | A2X accounting | Bookkeeping, E-commerce Management
Bloomberg Terminal | Bloomberg Professional | Equity Research, Financial Analysis
Capital IQ | S&P Capital IQ, CapIQ | Equity Research, Valuation
# category: finance/analysis
Financial Analysis | financial analyst, financial statement analysis | Financial Modeling, Valuation, Financial Reporting
Financial Modeling | financial modelling, financial models, three-statement model, 3-statement model | Financial Analysis, Valuation, Microsoft Excel, Financial Forecasting
Financial Forecasting | financial projections, financial forecast, cash flow forecasting | Financial Modeling, Budgeting
Financial Planning & Analysis | FP&A, financial planning and analysis | Budgeting, Variance Analysis, Financial Forecasting
Budgeting | budget planning, budget management | Financial Planning & Analysis, Variance Analysis
Variance Analysis | budget variance analysis | Budgeting, Financial Planning & Analysis
Cash Flow Management | cash management, working capital management | Financial Forecasting, CFO Services
Valuation | business valuation, company valuation, startup valuation | Discounted Cash Flow, Financial Modeling
Discounted Cash Flow | DCF, DCF analysis, DCF model | Valuation, Financial Modeling
Real Estate Financial Modeling | real estate modeling, real estate pro forma | Financial Modeling, Real Estate Investment Analysis
Real Estate Investment Analysis | real estate underwriting, property investment analysis | Real Estate Financial Modeling
Equity Research | stock research, equity analysis, investment research | Financial Analysis, Valuation
Investment Analysis | investment appraisal, portfolio analysis | Equity Research, Financial Analysis
Due Diligence | financial due diligence, commercial due diligence | Mergers & Acquisitions, Financial Analysis
Mergers & Acquisitions | M&A, mergers and acquisitions | Due Diligence, Valuation, Corporate Finance
Corporate Finance | corporate financial management | Mergers & Acquisitions, Capital Raising
Capital Raising | startup fundraising, investor outreach, fundraising strategy, venture capital raising | Pitch Deck Design, Business Plan Writing, Financial Modeling
Business Plan Writing | business plans, business plan, business plan writer | Financial Modeling, Market Research, Feasibility Study
Feasibility Study | feasibility studies, feasibility analysis | Business Plan Writing, Market Research
Credit Analysis | credit risk analysis, credit underwriting | Financial Analysis, Financial Risk Management
Financial Risk Management | market risk, credit risk management | Credit Analysis, Risk Management
Treasury Management | treasury, corporate treasury | Cash Flow Management
Personal Financial Planning | personal finance, retirement planning, financial planner | Tax Planning, Investment Analysis
Nonprofit Fundraising | donor fundraising, fundraising campaigns, donor management | Grant Writing, Event Planning
ESG Reporting | ESG, sustainability reporting, ESG disclosure | Sustainability Consulting, Carbon Accounting
Carbon Accounting | GHG accounting, carbon footprint, greenhouse gas accounting | ESG Reporting, Sustainability Consulting
`,

  "business-legal": `
# category: legal/contracts
Contract Drafting | contract writing, drafting contracts, commercial contracts | Contract Review, Legal Writing, Non-Disclosure Agreements
Contract Review | contract analysis, contract redlining | Contract Drafting, Contract Negotiation
Contract Negotiation | negotiating contracts | Contract Review, Negotiation
Contract Management | contract administration, contract lifecycle management | Contract Review, DocuSign
Terms of Service Drafting | terms and conditions, terms of use, website terms, terms of service | Privacy Policy Drafting, Contract Drafting
Privacy Policy Drafting | privacy policies, privacy policy, privacy notice | GDPR Compliance, Terms of Service Drafting
Non-Disclosure Agreements | NDA, NDAs, confidentiality agreements | Contract Drafting
Legal Writing | legal drafting, legal documents drafting, legal memos | Contract Drafting, Legal Research
Legal Research | case law research, legal analysis | Legal Writing, Westlaw, LexisNexis
General Counsel Services | outside general counsel, fractional general counsel, legal consulting | Corporate Law, Contract Review
Paralegal Services | paralegal, legal assistant | Legal Research, Litigation Support, Legal Transcription
Litigation Support | litigation, litigation assistance | Paralegal Services, eDiscovery, Legal Document Review
eDiscovery | e-discovery, electronic discovery | Litigation Support, Legal Document Review
Legal Document Review | document review, legal doc review | eDiscovery, Contract Review
Clio | Clio Manage | Paralegal Services
Westlaw | Thomson Reuters Westlaw | Legal Research
LexisNexis | Lexis, Lexis+ | Legal Research
# category: legal/practice
Corporate Law | company law, corporate legal | Business Formation, Securities Law, Mergers & Acquisitions
Business Formation | LLC formation, company formation, company incorporation, entity formation | Corporate Law
Intellectual Property Law | IP law, intellectual property | Trademark Registration, Patent Drafting, Copyright Law
Trademark Registration | trademark filing, trademark search, trademark application | Intellectual Property Law
Patent Drafting | patent writing, patent applications, patent prosecution | Patent Search, Intellectual Property Law, Patent Translation
Patent Search | prior art search, patentability search, freedom to operate search | Patent Drafting
Copyright Law | copyright registration | Intellectual Property Law, IP Licensing
IP Licensing | licensing agreements, intellectual property licensing | Intellectual Property Law, Contract Drafting
Employment Law | labor law, labour law, employment contracts | HR Compliance, Contract Drafting
Immigration Law | visa applications, immigration paperwork | Legal Writing
Real Estate Law | property law, conveyancing | Contract Drafting
Family Law | divorce law, child custody | Legal Writing
Criminal Law | criminal defense | Litigation Support
Tax Law | tax attorney services | Tax Planning
Estate Planning | wills and trusts, estate planning law | Tax Planning, Personal Financial Planning
Securities Law | securities regulation, SEC compliance | Corporate Law, Capital Raising
International Trade Law | trade compliance, customs compliance | Import and Export
Entertainment Law | media law | IP Licensing, Contract Drafting
Franchise Law | franchise agreements | Contract Drafting
Bankruptcy Law | insolvency, bankruptcy | Litigation Support
Civil Litigation | civil litigation support | Litigation Support
Alternative Dispute Resolution | arbitration, mediation | Negotiation, Civil Litigation
# category: legal/compliance
GDPR Compliance | GDPR, General Data Protection Regulation | Data Privacy, Privacy Policy Drafting, CCPA Compliance
CCPA Compliance | CCPA, CPRA | Data Privacy, GDPR Compliance
Data Privacy | privacy law, data protection, data protection law | GDPR Compliance, CCPA Compliance, HIPAA Compliance
HIPAA Compliance | HIPAA | Data Privacy, Regulatory Compliance
Regulatory Compliance | compliance management, compliance consulting | AML Compliance, Corporate Governance
AML Compliance | anti-money laundering, AML | KYC, Regulatory Compliance
KYC | know your customer, KYC verification | AML Compliance
Corporate Governance | board governance | Regulatory Compliance, Corporate Law
FDA Regulatory Affairs | FDA compliance, regulatory affairs, 510(k) submissions | Medical Writing, Regulatory Compliance
`,

  "business-engineering": `
# category: engineering/cad
AutoCAD | Auto CAD, AutoCAD 2D, Autodesk AutoCAD | CAD Drafting, Technical Drawing, AutoCAD Civil 3D
AutoCAD Civil 3D | Civil 3D | AutoCAD, Civil Engineering, Site Development
CAD Drafting | CAD drawings, 2D drafting, CAD drafter, 2D CAD | AutoCAD, Technical Drawing
3D CAD Modeling | CAD modeling, 3D CAD, CAD design | SolidWorks, Fusion 360, Autodesk Inventor
Technical Drawing | engineering drawings, technical drawings, mechanical drawings | CAD Drafting, GD&T
GD&T | geometric dimensioning and tolerancing | Technical Drawing, Mechanical Engineering
PDF to CAD Conversion | PDF to DWG, paper to CAD | CAD Drafting, AutoCAD
SolidWorks | Solid Works | 3D CAD Modeling, Sheet Metal Design, Finite Element Analysis
Fusion 360 | Autodesk Fusion 360, Autodesk Fusion | 3D CAD Modeling, 3D Print Modeling
Autodesk Inventor | Inventor, Inventor Professional | 3D CAD Modeling | ambiguous
CATIA | Catia V5, Dassault CATIA | 3D CAD Modeling
Siemens NX | NX CAD, Unigraphics | 3D CAD Modeling
PTC Creo | Creo, Pro/Engineer, Pro/E | 3D CAD Modeling
Onshape | | 3D CAD Modeling
FreeCAD | | 3D CAD Modeling
Rhino 3D | Rhinoceros 3D, Rhino, Rhinoceros | 3D CAD Modeling, Jewelry Design, Industrial Design | ambiguous
SketchUp | Google SketchUp, Sketchup Pro | Architectural Design, Interior Design, 3D Modeling
MicroStation | Bentley MicroStation | CAD Drafting, Civil Engineering
# category: engineering/product
Hardware Product Development | physical product development, product engineering | Industrial Design, Design for Manufacturing, Rapid Prototyping
Design for Manufacturing | DFM, design for manufacturability, DFMA | Hardware Product Development, Sheet Metal Design, Mold Design
Sheet Metal Design | sheet metal fabrication design | SolidWorks, Design for Manufacturing
Mold Design | injection mold design, mould design, injection molding design | Design for Manufacturing, SolidWorks
Rapid Prototyping | hardware prototyping, functional prototypes | 3D Printing, Hardware Product Development
3D Printing | additive manufacturing, FDM printing, SLA printing | 3D Print Modeling, Rapid Prototyping
3D Scanning | 3D scan to CAD, scan to CAD, reverse engineering from scans | Photogrammetry, 3D CAD Modeling
CNC Programming | CNC, CNC machining programming, G-code | Computer-Aided Manufacturing, Mastercam
Computer-Aided Manufacturing | CAM, CAM programming | CNC Programming, Mastercam, Fusion 360 | ambiguous
Mastercam | | CNC Programming, Computer-Aided Manufacturing
# category: engineering/simulation
Finite Element Analysis | FEA, FEM analysis, finite element method | ANSYS, Abaqus, Structural Analysis
Computational Fluid Dynamics | CFD, CFD simulation, CFD analysis | ANSYS, Thermal Analysis
Thermal Analysis | heat transfer analysis | Computational Fluid Dynamics, Finite Element Analysis
ANSYS | Ansys Workbench, Ansys Fluent | Finite Element Analysis, Computational Fluid Dynamics
Abaqus | | Finite Element Analysis
COMSOL Multiphysics | COMSOL | Finite Element Analysis
# category: engineering/mechanical
Mechanical Engineering | mechanical engineer | Machine Design, 3D CAD Modeling, Finite Element Analysis
Machine Design | mechanical design, machine designer | Mechanical Engineering, SolidWorks
HVAC Design | HVAC, HVAC engineering, HVAC system design, heating ventilation and air conditioning | MEP Engineering, Energy Modeling
Plumbing Design | plumbing engineering, plumbing drawings | MEP Engineering, HVAC Design
MEP Engineering | MEP, MEP design, mechanical electrical plumbing | HVAC Design, Plumbing Design, Electrical Design, Revit
Fire Protection Engineering | fire sprinkler design, fire protection design | MEP Engineering
Energy Modeling | building energy modeling, energy simulation | HVAC Design, Sustainable Design
Piping Design | piping engineering, piping isometrics | Mechanical Engineering, Pressure Vessel Design
Pressure Vessel Design | ASME pressure vessel design | Piping Design, Mechanical Engineering
Aerospace Engineering | aeronautical engineering, aerospace engineer | Mechanical Engineering, Computational Fluid Dynamics
Automotive Engineering | automotive engineer, vehicle engineering | Mechanical Engineering
Mechatronics | mechatronics engineering | Mechanical Engineering, Electrical Engineering
# category: engineering/civil
Civil Engineering | civil engineer | Structural Engineering, AutoCAD Civil 3D, Geotechnical Engineering
Structural Engineering | structural engineer, structural design | Structural Analysis, Reinforced Concrete Design, ETABS, STAAD.Pro
Structural Analysis | structural calculations, stress analysis | Structural Engineering, Finite Element Analysis, SAP2000
Reinforced Concrete Design | concrete design, RCC design | Structural Engineering, Rebar Detailing
Steel Detailing | structural steel detailing, steel shop drawings | Tekla Structures, Shop Drawings
Rebar Detailing | rebar shop drawings, reinforcement detailing | Reinforced Concrete Design, Shop Drawings
Shop Drawings | shop drawing | Steel Detailing, CAD Drafting
Geotechnical Engineering | geotechnical engineer, soil mechanics | Civil Engineering
Site Development | site grading, grading plans, site design | AutoCAD Civil 3D, Stormwater Management
Stormwater Management | drainage design, stormwater design | Site Development, Water Resources Engineering
Water Resources Engineering | hydrology, hydraulic modeling, hydraulic engineering | Stormwater Management, HEC-RAS
Transportation Engineering | traffic engineering, highway design | Civil Engineering
Environmental Engineering | environmental engineer | Civil Engineering
Land Surveying | land surveyor, topographic survey | Civil Engineering, AutoCAD Civil 3D
Building Code Compliance | code compliance review, building regulations, building codes | Permit Drawings, Architectural Design
Permit Drawings | permit sets, building permit drawings | Building Code Compliance, Architectural Drafting
Tekla Structures | Tekla | Steel Detailing
STAAD.Pro | STAAD, STAAD Pro | Structural Analysis
ETABS | | Structural Analysis
SAP2000 | | Structural Analysis
HEC-RAS | HEC RAS | Water Resources Engineering
# category: engineering/construction
Construction Management | construction manager | Construction Scheduling, Construction Estimating, Procore
Construction Estimating | cost estimating, construction cost estimating, construction estimator | Quantity Takeoff, PlanSwift, Bluebeam Revu
Quantity Takeoff | takeoffs, material takeoff, quantity takeoffs | Construction Estimating, Quantity Surveying
Quantity Surveying | quantity surveyor | Quantity Takeoff, Construction Estimating
Construction Scheduling | construction schedules | Primavera P6, Construction Management
Bluebeam Revu | Bluebeam | Quantity Takeoff
PlanSwift | | Quantity Takeoff
Primavera P6 | Primavera, Oracle Primavera | Construction Scheduling, Project Scheduling
Procore | | Construction Management
# category: engineering/electrical
Electrical Engineering | electrical engineer | Electrical Design, Circuit Design, Power Systems Engineering
Electrical Design | electrical drawings, electrical plans, electrical layouts | Electrical Engineering, MEP Engineering, Lighting Design
Lighting Design | lighting layouts, photometric plans, lighting designer | Electrical Design
Circuit Design | schematic design, electronic circuit design, electronics design, ~Electronics, Electronic Design | PCB Design, Analog Circuit Design, Circuit Simulation
Analog Circuit Design | analog design | Circuit Design
Circuit Simulation | SPICE simulation, LTspice, circuit simulations | Circuit Design
PCB Design | printed circuit board design, PCB layout, PCB designer, PCB | Altium Designer, KiCad, Circuit Design
Altium Designer | Altium | PCB Design
KiCad | KiCAD EDA | PCB Design
Autodesk Eagle | EAGLE PCB, Eagle CAD | PCB Design
OrCAD | Cadence OrCAD | PCB Design, Circuit Design
Power Electronics | power electronics design | Electrical Engineering, Circuit Design
Power Systems Engineering | power systems, power distribution design | Electrical Engineering, Solar PV Design
Solar PV Design | solar design, photovoltaic system design, solar panel system design | Power Systems Engineering
RF Engineering | RF design, radio frequency engineering | Antenna Design, Electrical Engineering
Antenna Design | antenna engineering | RF Engineering
Wiring Diagrams | wiring harness design, electrical schematics | Electrical Design
Control Systems Engineering | control engineering, control systems | Electrical Engineering
# category: engineering/architecture
Architectural Design | architecture design, building design, architectural designer | Architectural Drafting, Revit, ArchiCAD, Architectural Visualization
Architectural Drafting | architectural drawings, architectural plans, construction drawings | Architectural Design, AutoCAD, Floor Plans
Floor Plans | floor plan design, floor plan drawing, 2D floor plans, 3D floor plans | Architectural Drafting, Interior Design
Interior Design | interior designer, interior decorating, interior decoration | Floor Plans, SketchUp, Architectural Visualization
Kitchen Design | kitchen and bath design, kitchen layout design | Interior Design
Landscape Design | landscape architecture, garden design | Architectural Design, SketchUp
Urban Planning | urban design, city planning, town planning | Architectural Design
Virtual Staging | virtual home staging | Interior Design, Real Estate Photography
Sustainable Design | green building, LEED | Energy Modeling, Architectural Design
Building Information Modeling | BIM, BIM modeling, BIM coordination | Revit, Navisworks, ArchiCAD
Revit | Autodesk Revit, Revit Architecture, Revit MEP | Building Information Modeling, Architectural Design
ArchiCAD | Graphisoft ArchiCAD | Building Information Modeling, Architectural Design
Vectorworks | | Architectural Drafting
Chief Architect | | Architectural Drafting
Navisworks | Autodesk Navisworks | Building Information Modeling
# category: engineering/industrial
Industrial Engineering | industrial engineer | Process Engineering, Lean Management
Manufacturing Engineering | manufacturing engineer | Process Engineering, Design for Manufacturing
Process Engineering | process engineer | Manufacturing Engineering, Chemical Engineering
Chemical Engineering | chemical engineer | Process Engineering
Biomedical Engineering | biomedical engineer, medical device design | FDA Regulatory Affairs
Quality Control | QC, quality inspection, quality control inspection | ISO 9001, Root Cause Analysis
ISO 9001 | quality management systems, QMS | Quality Control
Root Cause Analysis | RCA | FMEA, Quality Control
FMEA | failure mode and effects analysis | Root Cause Analysis
`,

  "business-translation": `
# category: translation/languages
English | English translation, English language, native English | Proofreading, Translation
Spanish | Spanish translation, Español, Castilian | Translation
French | French translation, Français | Translation
German | German translation, Deutsch | Translation
Italian | Italian translation, Italiano | Translation
Portuguese | Portuguese translation, Brazilian Portuguese, European Portuguese | Translation
Dutch | Dutch translation, Flemish, Nederlands | Translation
Russian | Russian translation | Translation
Ukrainian | Ukrainian translation | Translation
Polish | Polish translation | Translation | ambiguous
Czech | Czech translation | Translation
Slovak | Slovak translation | Translation
Hungarian | Hungarian translation | Translation
Romanian | Romanian translation | Translation
Bulgarian | Bulgarian translation | Translation
Serbian | Serbian translation | Translation
Croatian | Croatian translation | Translation
Slovenian | Slovenian translation, Slovene | Translation
Greek | Greek translation | Translation
Turkish | Turkish translation | Translation
Arabic | Arabic translation | Translation
Hebrew | Hebrew translation | Translation
Persian | Persian translation, Farsi | Translation
Urdu | Urdu translation | Translation
Hindi | Hindi translation | Translation
Bengali | Bengali translation, Bangla | Translation
Punjabi | Punjabi translation | Translation
Tamil | Tamil translation | Translation
Telugu | Telugu translation | Translation
Marathi | Marathi translation | Translation
Gujarati | Gujarati translation | Translation
Kannada | Kannada translation | Translation
Malayalam | Malayalam translation | Translation
Nepali | Nepali translation, Nepalese | Translation
Sinhala | Sinhala translation, Sinhalese | Translation
Chinese | Chinese translation, Mandarin, Mandarin Chinese, Simplified Chinese, Traditional Chinese | Translation
Cantonese | Cantonese translation | Chinese
Japanese | Japanese translation | Translation
Korean | Korean translation | Translation
Vietnamese | Vietnamese translation | Translation
Thai | Thai translation | Translation
Indonesian | Indonesian translation, Bahasa Indonesia | Translation
Malay | Malay translation, Bahasa Melayu | Translation
Tagalog | Tagalog translation, Filipino language | Translation
Burmese | Burmese translation, Myanmar language | Translation
Khmer | Khmer translation, Cambodian | Translation
Swahili | Swahili translation, Kiswahili | Translation
Amharic | Amharic translation | Translation
Somali | Somali translation | Translation
Yoruba | Yoruba translation | Translation
Hausa | Hausa translation | Translation
Igbo | Igbo translation | Translation
Zulu | Zulu translation, isiZulu | Translation
Afrikaans | Afrikaans translation | Translation
Swedish | Swedish translation | Translation
Norwegian | Norwegian translation | Translation
Danish | Danish translation | Translation
Finnish | Finnish translation | Translation
Estonian | Estonian translation | Translation
Latvian | Latvian translation | Translation
Lithuanian | Lithuanian translation | Translation
Catalan | Catalan translation | Translation
Albanian | Albanian translation | Translation
Armenian | Armenian translation | Translation
Georgian | Georgian translation | Translation | ambiguous
Azerbaijani | Azerbaijani translation, Azeri | Translation
Kazakh | Kazakh translation | Translation
Uzbek | Uzbek translation | Translation
Haitian Creole | Haitian Creole translation, Kreyol | Translation
Latin | Latin translation | Translation | ambiguous
Welsh | Welsh translation | Translation
American Sign Language | ASL, ASL interpreting | British Sign Language, Interpreting
British Sign Language | BSL | American Sign Language, Interpreting
# category: translation/services
Translation | translator, translation services, translating | Translation Proofreading, Localization, CAT Tools
Legal Translation | legal translator, contract translation | Translation, Certified Translation, Legal Writing
Medical Translation | medical translator, pharmaceutical translation | Translation, Medical Writing
Technical Translation | technical translator, engineering translation | Translation, Technical Writing
Financial Translation | financial translator | Translation
Literary Translation | book translation, literary translator | Translation, Fiction Writing
Patent Translation | patent translator | Technical Translation, Patent Drafting
Certified Translation | sworn translation, official document translation, notarized translation | Legal Translation, Translation
Transcreation | marketing translation, creative translation | Translation, Copywriting, Localization
Localization | localisation, localization services | Website Localization, App Localization, Game Localization, Translation
Website Localization | website translation, website localisation | Localization, Translation
App Localization | app translation, UI localization, software translation, UI string translation | Localization, Crowdin
Game Localization | video game localization, game translation | Localization
Machine Translation Post-Editing | MTPE, post-editing, machine translation editing | Translation, CAT Tools
Translation Proofreading | bilingual review, translation review, translation QA | Translation, Proofreading
Subtitling | subtitles, subtitle translation, subtitler | Closed Captioning, Subtitle Edit, Aegisub, Transcription
Terminology Management | glossary creation, termbase management | CAT Tools, Translation
# category: translation/interpreting
Interpreting | interpretation services, professional interpreter | Simultaneous Interpreting, Consecutive Interpreting | ambiguous
Simultaneous Interpreting | simultaneous interpretation, conference interpreting | Interpreting
Consecutive Interpreting | consecutive interpretation | Interpreting
Over-the-Phone Interpreting | OPI, phone interpreting, telephone interpreting | Interpreting, Video Remote Interpreting
Video Remote Interpreting | VRI, video interpreting | Interpreting, Over-the-Phone Interpreting
Medical Interpreting | healthcare interpreting, medical interpreter | Interpreting, Medical Translation
Court Interpreting | legal interpreting, court interpreter | Interpreting, Legal Translation
# category: translation/tools
CAT Tools | computer-assisted translation, CAT tool, computer assisted translation tools | SDL Trados, memoQ, Phrase TMS
SDL Trados | Trados, Trados Studio, RWS Trados | CAT Tools
memoQ | MemoQ translator | CAT Tools
Phrase TMS | Memsource | CAT Tools
Wordfast | Wordfast Pro | CAT Tools
Smartcat | | CAT Tools
MateCat | | CAT Tools
Crowdin | | App Localization
Subtitle Edit | | Subtitling
Aegisub | | Subtitling
`,

  "business-hr": `
# category: hr/recruiting
Recruiting | recruitment, recruiter, talent acquisition, recruiting services | Candidate Sourcing, Candidate Screening, Applicant Tracking Systems, Job Description Writing
Technical Recruiting | IT recruitment, tech recruiting, technical recruiter | Recruiting, Boolean Search
Executive Search | headhunting, executive recruiting, headhunter | Recruiting
Candidate Sourcing | talent sourcing, candidate sourcing strategies, sourcer | Boolean Search, LinkedIn Recruiter, Recruiting
Boolean Search | boolean sourcing, X-ray search | Candidate Sourcing
Candidate Screening | resume screening, phone screening, CV screening | Candidate Interviewing, Recruiting
Candidate Interviewing | conducting interviews, structured interviews | Candidate Screening
Applicant Tracking Systems | ATS, applicant tracking system | Greenhouse, Lever ATS, Workable, BambooHR
Greenhouse | Greenhouse ATS | Applicant Tracking Systems | ambiguous
Lever ATS | Lever | Applicant Tracking Systems | ambiguous
Workable | Workable ATS | Applicant Tracking Systems | ambiguous
LinkedIn Recruiter | | Candidate Sourcing
Job Description Writing | job descriptions, JD writing, job posting writing, job ads | Recruiting, Employer Branding
Employer Branding | employer brand | Recruiting, Employee Engagement
Background Screening | background checks, employment verification, reference checks | Candidate Screening
# category: hr/people
Human Resources | HR, human resources management, HR management, HR generalist | Employee Relations, HR Policy Development, Performance Management | ambiguous
HR Consulting | HR consultant, HR advisory | Human Resources
HR Policy Development | employee handbook, HR policies | Human Resources, HR Compliance, Policy Writing
Employee Relations | workplace investigations, employee relations management | Human Resources
Employee Onboarding | new hire onboarding, employee onboarding programs | Human Resources, Recruiting
Performance Management | performance reviews, performance appraisals | Human Resources, OKRs
Compensation and Benefits | compensation planning, compensation and benefits management, comp and ben | Benefits Administration, Payroll
Benefits Administration | employee benefits administration | Compensation and Benefits
Learning and Development | L&D, talent development, training and development | Corporate Training, Instructional Design
Organizational Development | organisational development, org design | Change Management, Learning and Development
HR Compliance | labor law compliance, employment compliance | Employment Law, Human Resources
Workforce Planning | headcount planning, workforce planning analysis | Human Resources, Succession Planning
Succession Planning | | Workforce Planning, Talent Management
Talent Management | talent strategy | Succession Planning, Performance Management
Employee Engagement | engagement surveys, employee experience | Human Resources, Internal Communications
Diversity Equity and Inclusion | DEI, D&I, diversity and inclusion, diversity equity & inclusion | Human Resources, Employer Branding
HR Analytics | people analytics, workforce analytics | Human Resources
HRIS | human resources information system, HRIS administration | BambooHR, Workday HCM
BambooHR | Bamboo HR | HRIS, Applicant Tracking Systems
Workday HCM | Workday, Workday HR | HRIS | ambiguous
`,

  "business-management": `
# category: management/project
Project Management | project manager, project mgmt, project management services, Technical Project Management, IT Project Management, Project Workflows | Project Planning, Agile Project Management, Risk Management, Stakeholder Management
Project Coordination | project coordinator, project assistant | Project Management
Project Planning | project plans, project scheduling | Gantt Charts, Project Management
Agile Project Management | Agile, agile methodology, agile methodologies, Agile Software Development, Agile Development | Scrum, Kanban, Project Management | ambiguous
Scrum | Scrum methodology, Scrum framework, Scrum master | Agile Project Management, Kanban
Kanban | Kanban method | Agile Project Management, Scrum
Waterfall Project Management | waterfall methodology | Project Management
PMP | Project Management Professional, PMP certification | Project Management, PRINCE2
PRINCE2 | PRINCE 2 | Project Management, PMP
Program Management | program manager, programme management | Project Management, Project Portfolio Management
Project Portfolio Management | PPM, portfolio management office | Program Management
Risk Management | risk assessment, risk analysis, risk mitigation | Project Management, Financial Risk Management
Stakeholder Management | stakeholder engagement, stakeholder communication | Project Management
Gantt Charts | Gantt, Gantt chart | Project Planning, Microsoft Project
Earned Value Management | earned value analysis | Project Management
Microsoft Project | MS Project, Microsoft Project Online | Project Planning, Gantt Charts
Smartsheet | | Project Management
Product Management | product manager, product owner | Product Roadmapping, Requirements Gathering
Product Roadmapping | product roadmap, roadmapping, roadmap planning | Product Management
Requirements Gathering | requirements analysis, requirements elicitation | Business Analysis, Product Management
Business Analysis | business analyst, business requirements analysis, Requirements Specification, Use Case Diagram, ~Flowchart, ~Flowcharts | Requirements Gathering, Process Mapping
# category: management/operations
Operations Management | operations manager, business operations | Business Process Improvement, Supply Chain Management
Business Process Improvement | process improvement, BPI, process optimization | Process Mapping, Six Sigma, Lean Management
Process Mapping | business process mapping, process flowcharts, BPMN diagrams | Business Process Improvement, Microsoft Visio, SOP Writing
Six Sigma | Lean Six Sigma, Six Sigma Green Belt, Six Sigma Black Belt | Lean Management, Business Process Improvement, Root Cause Analysis
Lean Management | lean methodology, lean principles, lean manufacturing | Six Sigma, Kaizen
Kaizen | continuous improvement | Lean Management
Change Management | organizational change management, change manager | Organizational Development, Stakeholder Management
OKRs | objectives and key results, OKR | KPI Development, Performance Management
KPI Development | KPIs, key performance indicators, KPI definition | OKRs, Marketing Reporting
Supply Chain Management | supply chain, supply chain planning | Logistics, Procurement, Inventory Management
Logistics | logistics management, logistics coordination | Supply Chain Management, Freight Dispatching, Warehouse Management
Procurement | purchasing management, strategic sourcing, procurement management | Vendor Management, Supply Chain Management, Negotiation
Vendor Management | supplier management, vendor relations | Procurement
Inventory Management | stock management, inventory control, inventory planning | Supply Chain Management, Demand Planning
Demand Planning | demand planner, S&OP planning | Inventory Management, Supply Chain Management
Warehouse Management | warehousing, warehouse operations | Logistics, Inventory Management
Import and Export | import export, international trade, customs clearance | Logistics, International Trade Law
Freight Dispatching | truck dispatching, load dispatching, freight dispatcher | Logistics
Property Management | rental property management, property manager | Airbnb Management
Airbnb Management | short-term rental management, vacation rental management, Airbnb host management | Property Management, Customer Support
# category: management/strategy
Business Strategy | corporate strategy, business strategist | Strategic Planning, Management Consulting, Competitor Analysis
Strategic Planning | strategy planning, strategic plan | Business Strategy, OKRs
Management Consulting | management consultant, business consulting, business consultant | Business Strategy, Business Process Improvement
Startup Consulting | startup advisory, startup advisor | Business Plan Writing, Capital Raising, Go-to-Market Strategy
Market Entry Strategy | market entry, international expansion strategy | Business Strategy, Market Research
Pricing Strategy | pricing analysis, pricing model | Business Strategy, Product Marketing
SWOT Analysis | SWOT | Business Strategy, Competitor Analysis
Team Management | people management, team leadership, remote team management | Project Management, Performance Management
Nonprofit Management | nonprofit administration, non-profit management | Nonprofit Fundraising, Grant Writing
Sustainability Consulting | sustainability strategy, sustainability consultant | ESG Reporting, Carbon Accounting
Workshop Facilitation | workshop facilitator, meeting facilitation | Design Thinking, Corporate Training
# category: management/events
Event Planning | event management, event coordination, event planner | Event Marketing, Wedding Planning, Virtual Events
Wedding Planning | wedding planner, wedding coordination | Event Planning
Virtual Events | virtual event production, virtual event management, online events | Event Planning, Webinar Production
Webinar Production | webinar management, webinar hosting, webinars | Virtual Events, Live Streaming
`,

  "business-audio": `
# category: audio/voice
Voice Over | voiceover, voice-over, voice over artist, voiceover artist | Voice Acting, Audiobook Narration, Audio Editing
Voice Acting | voice actor, character voices | Voice Over, Dubbing
Audiobook Narration | audiobook production, audiobooks, audiobook narrator | Voice Over, Audio Editing
IVR Recording | phone system voice prompts, on-hold messages, IVR voice over | Voice Over
Dubbing | voice dubbing, dubbing artist | Voice Acting, Subtitling
Vocals | singing, singer, session vocals, vocalist | Songwriting, Music Production
# category: audio/production
Audio Editing | audio editor, sound editing | Podcast Editing, Adobe Audition, Audio Restoration
Podcast Editing | podcast editor | Podcast Production, Audio Editing, Descript
Podcast Production | podcast producer, podcast creation | Podcast Editing, Podcast Marketing
Audio Mixing | mix engineering, music mixing, mixing and mastering, mix engineer | Audio Mastering, Audio Engineering, Pro Tools
Audio Mastering | music mastering, mastering engineer | Audio Mixing
Audio Engineering | sound engineer, audio engineer, recording engineer | Audio Mixing, Audio Mastering
Audio Post-Production | audio post, post-production sound, dialogue editing | Sound Design, Audio Mixing
Sound Design | sound effects, SFX, sound designer | Audio Post-Production, Foley, Game Audio
Foley | foley art, foley artist | Sound Design
Audio Restoration | noise reduction, audio cleanup, audio repair | Audio Editing, iZotope RX
Game Audio | game music, game sound design, video game audio | Sound Design, Music Composition
Music Production | music producer, music production services | Beat Making, Audio Mixing, Ableton Live, FL Studio
Beat Making | beatmaking, beat maker, instrumental production | Music Production, FL Studio
Music Composition | music composer, music composing, original music composition | Film Scoring, Music Arrangement
Film Scoring | film score, soundtrack composition, film music | Music Composition, Music Orchestration
Music Orchestration | orchestral arrangement, orchestrator, orchestration for film | Music Arrangement, Film Scoring
Music Arrangement | music arranging, music arranger | Music Composition, Music Orchestration
Music Transcription | sheet music transcription, music notation | Sibelius, MuseScore
Songwriting | songwriter, song writing | Lyric Writing, Vocals, Music Composition
Jingle Writing | jingles, jingle production | Songwriting, Music Production
DJ Mixing | DJing, DJ mixes | Music Production
Guitar | guitar playing, session guitar, guitarist | Music Production
Piano | piano playing, session piano, pianist | Music Composition
Drums | drumming, session drums, drummer | Music Production
Bass Guitar | bass guitarist, session bass | Guitar
Violin | violinist, session violin | Music Orchestration
# category: audio/tools
Pro Tools | ProTools, Avid Pro Tools | Audio Mixing, Audio Engineering
Logic Pro | Logic Pro X | Music Production
Ableton Live | Ableton | Music Production
FL Studio | Fruity Loops, FruityLoops | Beat Making, Music Production
Adobe Audition | Audition | Audio Editing, Podcast Editing | ambiguous
Audacity | | Audio Editing, Podcast Editing | ambiguous
Cubase | Steinberg Cubase | Music Production
Reaper | REAPER DAW | Audio Editing | ambiguous
Studio One | PreSonus Studio One | Music Production
GarageBand | Garage Band | Music Production
iZotope RX | iZotope | Audio Restoration
Descript | | Podcast Editing, Transcription
Sibelius | Avid Sibelius | Music Transcription
MuseScore | | Music Transcription
`,

  "business-education": `
# category: education/tutoring
Tutoring | tutor, private tutoring, online tutoring | Math Tutoring, Test Preparation, Lesson Planning
Math Tutoring | mathematics tutoring, maths tutoring, math tutor | Tutoring, Statistics Tutoring
Statistics Tutoring | statistics tutor | Math Tutoring
Physics Tutoring | physics tutor | Tutoring, Math Tutoring
Chemistry Tutoring | chemistry tutor | Tutoring
Biology Tutoring | biology tutor | Tutoring
Science Tutoring | science tutor | Physics Tutoring, Chemistry Tutoring, Biology Tutoring
ESL Teaching | English as a second language, TEFL, TESOL, ESL tutoring, teaching English | English, IELTS Preparation, Language Teaching
Language Teaching | foreign language teaching, language tutoring, language instructor | ESL Teaching, Tutoring
Test Preparation | test prep, exam preparation | SAT Preparation, IELTS Preparation, GMAT Preparation
IELTS Preparation | IELTS, IELTS coaching | ESL Teaching, TOEFL Preparation
TOEFL Preparation | TOEFL | ESL Teaching, IELTS Preparation
SAT Preparation | SAT prep, SAT tutoring | Test Preparation, ACT Test Preparation
ACT Test Preparation | ACT prep, ACT tutoring | SAT Preparation
GMAT Preparation | GMAT | Test Preparation, GRE Preparation
GRE Preparation | GRE | Test Preparation, GMAT Preparation
LSAT Preparation | LSAT | Test Preparation
MCAT Preparation | MCAT | Test Preparation
Music Lessons | music teaching, music teacher | Piano, Guitar
Early Childhood Education | preschool teaching, early years education | Lesson Planning
Special Education | special needs education, SEN teaching | Lesson Planning
# category: education/learning-design
Instructional Design | instructional designer, learning design, learning experience design | Curriculum Development, E-Learning Development, Articulate Storyline
Curriculum Development | curriculum design, syllabus design, curriculum writing | Instructional Design, Lesson Planning
E-Learning Development | eLearning, e-learning course creation, elearning development | Instructional Design, Articulate Storyline, Adobe Captivate
Course Creation | online course creation, course development, online course design | Teachable, Thinkific, Kajabi, Instructional Design
Lesson Planning | lesson plans, lesson plan writing | Curriculum Development
Educational Content Writing | educational writing, educational content | Curriculum Development, Content Writing
Assessment Writing | test item writing, quiz writing, exam writing, question writing | Curriculum Development
Corporate Training | employee training, staff training, training delivery, corporate trainer | Learning and Development, Workshop Facilitation
Public Speaking | presentation skills, keynote speaking, public speaker | Speech Writing, Corporate Training
Learning Management Systems | LMS, LMS administration, Learning Management System | Canvas LMS, Instructional Design
Articulate Storyline | Storyline, Articulate Storyline 360 | E-Learning Development | ambiguous
Articulate Rise | Rise 360 | E-Learning Development
Adobe Captivate | Captivate | E-Learning Development | ambiguous
Canvas LMS | Instructure Canvas | Learning Management Systems
Google Classroom | | Learning Management Systems
Teachable | Teachable platform | Course Creation | ambiguous
Thinkific | | Course Creation
Kajabi | | Course Creation, Sales Funnels
# category: education/coaching
Life Coaching | life coach | Career Coaching, Health Coaching
Business Coaching | business coach | Executive Coaching, Management Consulting
Executive Coaching | executive coach, leadership coaching | Business Coaching, Team Management
Career Coaching | career counseling, career advice, career coach | Resume Writing, Interview Coaching
Interview Coaching | interview preparation, mock interviews | Career Coaching
Health Coaching | wellness coaching, health coach | Nutrition Coaching, Fitness Coaching
Fitness Coaching | personal training, fitness training, online personal training, personal trainer | Health Coaching, Nutrition Coaching
Nutrition Coaching | nutrition consulting, diet planning, meal plans, nutritionist | Health Coaching
Yoga Instruction | yoga teaching, yoga instructor | Fitness Coaching
`,

  "business-ecommerce": `
# category: ecommerce/marketplaces
E-commerce Management | ecommerce management, online store management, eCommerce manager | Amazon Seller Central, Shopify Store Management, Product Listing, Order Fulfillment
Marketplace Management | multichannel selling, online marketplace management | Amazon Seller Central, eBay Selling, Walmart Marketplace
Amazon Seller Central | Seller Central, Amazon seller account management, Amazon account management | Amazon FBA, Amazon Listing Optimization, Amazon Advertising
Amazon FBA | Fulfillment by Amazon, FBA | Amazon Seller Central, Amazon Product Research
Amazon Vendor Central | Vendor Central | Amazon Seller Central
Amazon Listing Optimization | Amazon listings, Amazon SEO, Amazon product listing, Amazon listing creation | Amazon Seller Central, Product Descriptions, Amazon A+ Content
Amazon A+ Content | A+ content, Enhanced Brand Content, EBC, Amazon EBC | Amazon Listing Optimization, Amazon Brand Registry
Amazon Brand Registry | Brand Registry | Amazon Seller Central, Trademark Registration
Amazon Advertising | Amazon PPC, Amazon Ads, Amazon sponsored products | Amazon Seller Central, Pay-Per-Click Advertising
Amazon Product Research | product hunting, Amazon niche research | Helium 10, Jungle Scout, Amazon FBA
Amazon Account Reinstatement | Amazon appeals, Amazon suspension appeals, Amazon account health | Amazon Seller Central
Helium 10 | Helium10 | Amazon Product Research, Amazon Listing Optimization
Jungle Scout | JungleScout | Amazon Product Research
Walmart Marketplace | Walmart Seller Center, Walmart seller | Marketplace Management
eBay Selling | eBay, eBay store management, eBay listing | Marketplace Management, Product Listing
Etsy Shop Management | Etsy, Etsy store management | Etsy SEO, Product Listing
Etsy SEO | Etsy listing optimization | Etsy Shop Management, Keyword Research
TikTok Shop | TikTok Shop management | TikTok Marketing, Marketplace Management
Shopify Store Management | Shopify admin, Shopify store manager, Shopify store operations | E-commerce Management, Product Listing, Ecommerce SEO
# category: ecommerce/operations
Product Listing | product uploads, product listing creation, product upload, product data entry | Catalog Management, Product Descriptions, Data Entry
Catalog Management | product catalog management, catalog management services | Product Listing, Product Feed Optimization
Dropshipping | drop shipping, dropship, dropshipping store | Product Sourcing, Shopify Store Management
Print on Demand | print-on-demand, POD business | Printful, Printify, T-Shirt Design
Printful | | Print on Demand
Printify | | Print on Demand
Product Sourcing | supplier sourcing, Alibaba sourcing, sourcing agent | Dropshipping, Vendor Management
Order Fulfillment | fulfillment management, order fulfilment | Order Processing, ShipStation, Returns Management
Returns Management | returns processing, refunds handling, returns and refunds | Order Fulfillment, Customer Support
Review Management | review generation, online reviews, customer reviews management | Reputation Management, Google Business Profile
ShipStation | Ship Station | Order Fulfillment
`,
  "business-industry": `
// Industry and client-type tags marketplaces attach to posts ("Startup Company", "Tech & IT"):
// domain experience, never a tool: generic, and their aliases are tag aliases ('healthcare' in prose
// describes the client, not a skill).
# category: industry/domain
Startup Experience | ~Startup Company, ~Startup, ~Startups, ~Early-Stage Startup | Small Business Experience | generic
Small Business Experience | ~Small Business, ~Small Businesses, ~Business with 1-9 Employees, ~Business with 10-99 Employees, ~SMB | Startup Experience | generic
Enterprise Experience | ~Business with 100-999 Employees, ~Business with 1000+ Employees, ~Enterprise Clients, ~Large Enterprise | Small Business Experience | generic
Tech Industry | ~Tech & IT, ~Technology Industry, ~IT Industry, ~SaaS Industry | Startup Experience | generic
Healthcare Industry | ~Healthcare, ~Health Care, ~Medical Industry, ~Healthcare & Medical, ~Health & Medical, ~HealthTech, ~Health Tech | Health & Fitness Industry | generic
Health & Fitness Industry | ~Health & Fitness, ~Fitness Industry, ~Wellness, ~Health & Wellness | Healthcare Industry | generic
Education Industry | ~Education, ~EdTech, ~Education & Training, ~Ed Tech | | generic
Real Estate Industry | ~Real Estate, ~Property, ~PropTech, ~Real Estate & Construction | | generic
Finance Industry | ~Finance & Accounting, ~Finance & Banking, ~Financial Services, ~Banking, ~Insurance, ~InsurTech | | generic
Retail Industry | ~Retail & Consumer Goods, ~Retail, ~Consumer Goods, ~CPG | | generic
Media & Entertainment Industry | ~Media & Entertainment, ~Entertainment, ~Media, ~Music, ~Film & Television | | generic
Travel & Hospitality Industry | ~Travel & Hospitality, ~Travel, ~Hospitality, ~Tourism, ~Restaurant, ~Restaurants, ~Food & Beverage | | generic
Nonprofit Industry | ~Nonprofit, ~Non-Profit, ~Nonprofit Organization, ~NGO, ~Charity | | generic
Gaming Industry | ~Gaming, ~Games Industry, ~iGaming, ~Online Gaming | | generic
Automotive Industry | ~Automotive, ~Auto Industry, ~Automotive & Transportation | | generic
Manufacturing Industry | ~Manufacturing & Construction, ~Manufacturing, ~Construction Industry, ~Industrial | | generic
Legal Industry | ~Legal Services, ~Law Firm, ~LegalTech | | generic
Logistics Industry | ~Logistics & Transportation, ~Transportation, ~Supply Chain Industry | | generic
Government Industry | ~Government & Public Sector, ~Public Sector, ~Government, ~GovTech | | generic
Energy Industry | ~Energy & Utilities, ~Energy, ~Utilities, ~CleanTech | | generic
Agriculture Industry | ~Agriculture, ~AgTech, ~Farming | | generic
B2B Experience | ~B2B, ~Business to Business, ~B2B Sales Experience | Small Business Experience | generic
B2C Experience | ~B2C, ~Business to Consumer, ~Consumer Apps | Retail Industry | generic
`,
  "business-soft-skills": `
// Personal skills clients tag posts with: tag aliases only, the words are everyday English in prose.
# category: soft-skills/general
Communication Skills | ~Communication, ~Communications, ~Written Communication, ~Verbal Communication, ~Clear Communication | Teamwork Skills | generic
Problem Solving | ~Problem-Solving, ~Problem Solver, ~Analytical Problem Solving | Critical Thinking | generic
Critical Thinking | ~Analytical Thinking, ~Analytical Skills | Problem Solving | generic
Time Management | ~Deadline Management, ~Meeting Deadlines | Communication Skills | generic
Attention to Detail | ~Detail-Oriented, ~Detail Oriented | Problem Solving | generic
Teamwork Skills | ~Teamwork, ~Team Player, ~Collaboration Skills | Communication Skills | generic
Leadership Skills | ~Leadership, ~Technical Leadership, ~Leading Teams | Teamwork Skills | generic
Creative Thinking | ~Creativity | Problem Solving | generic
`,
};
