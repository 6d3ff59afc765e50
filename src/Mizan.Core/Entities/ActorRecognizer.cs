using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Languages;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Entities;

/// <summary>
/// Finds the actors of a document: named groups, institutions with their country, officials by
/// title, people by name, and generic agents; links later mentions of a person by surname and
/// of a group by its head noun (التحالف) to the full mention. Immutable and thread-safe.
/// </summary>
public sealed class ActorRecognizer
{
    private const int MaxNameWords = 4;

    private readonly ActorLexicon _lexicon;
    private readonly CountryDirectory _countries;

    // The first words of the lexicons an actor mention starts with (see Longest), and of those
    // that end a person's name (see IsNameWord): one check rules most words out of all of them.
    private readonly PhraseStartGate _mentionStarts;
    private readonly PhraseStartGate _nameStops;

    public ActorRecognizer(ActorLexicon lexicon, CountryDirectory countries)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _countries = countries ?? throw new ArgumentNullException(nameof(countries));
        _mentionStarts = new PhraseStartGate(
            lexicon.Named.Trie, lexicon.Titles.Trie, lexicon.Institutions.Trie, lexicon.GivenNames.Trie, lexicon.Generics.Trie);
        _nameStops = new PhraseStartGate(
            lexicon.Titles.Trie, lexicon.Institutions.Trie, lexicon.Generics.Trie, lexicon.Named.Trie, countries.Demonyms.Trie, countries.Names.Trie);
    }

    /// <summary>The countries the recogniser knows.</summary>
    public CountryDirectory Countries => _countries;

    /// <summary>The lexicons the recogniser uses.</summary>
    public ActorLexicon Lexicon => _lexicon;

    /// <summary>All actor mentions of a document, in text order, never overlapping.</summary>
    public ImmutableArray<ActorMention> Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var scan = new Scan(this, document);
        return scan.Run();
    }

    /// <summary>
    /// The country an article is most about: countries named count twice a nisba adjective
    /// (طائرات روسية في سوريا is about Syria), and the title counts twice; an article that names
    /// neither is about the country of the places it names (the places layer, when the document has it).
    /// </summary>
    public CountryNames? DominantCountry(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int titleEnd = document.Article.Title is { Length: > 0 } title ? title.Length : 0;
        var named = new HashSet<string>(StringComparer.Ordinal);
        void Count(PhraseIndex<CountryNames> index, int weight, bool demonyms)
        {
            foreach (PhraseMatch<CountryNames> m in index.FindAll(document.Normalized, document.Tokens, 0, document.Tokens.Length))
            {
                string iso = m.Values[0].Iso3;
                if (demonyms && !named.Contains(iso) && _countries.IsAmbiguousDemonym(MatchKey(document, m)))
                {
                    continue; // المالية in an article that never names Mali is "financial"
                }

                if (!demonyms)
                {
                    named.Add(iso);
                }

                counts[iso] = counts.GetValueOrDefault(iso) + (m.Span.Start < titleEnd ? 2 * weight : weight);
            }
        }

        Count(_countries.Names, 2, demonyms: false);
        Count(_countries.Demonyms, 1, demonyms: true);

        // Local news names its country by none of these, only by its places (بولاية القصرين، معتمدية فريانة):
        // then the country of the places it names where something is, each place once.
        if (counts.Count == 0)
        {
            foreach (Geocoding.PlaceMention place in document.Places)
            {
                if (place.Role is Geocoding.PlaceRole.Location or Geocoding.PlaceRole.Dateline && !place.CommonWord && !place.Candidates.IsEmpty
                    && place.Candidates.All(c => c.CountryIso3 == place.Candidates[0].CountryIso3))
                {
                    string iso = place.Candidates[0].CountryIso3;
                    counts[iso] = counts.GetValueOrDefault(iso) + 1;
                }
            }
        }

        return counts.Count == 0
            ? null
            : _countries.ByIso3(counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key);
    }

    /// <summary>The key of a match without its peeled proclitics.</summary>
    internal static string MatchKey<T>(Document document, PhraseMatch<T> m)
    {
        Text.TextSpan key = document.Normalized.ToKey(m.Span);
        return document.Normalized.Key.Substring(key.Start, key.Length);
    }

    private sealed class Scan
    {
        private readonly ActorRecognizer _owner;
        private readonly Document _doc;
        private readonly ImmutableArray<Token> _tokens;
        private readonly NormalizedText _text;
        private readonly List<ActorMention> _mentions = [];
        private readonly Dictionary<string, Actor> _groupHeads = new(StringComparer.Ordinal);
        private readonly Lazy<CountryNames?> _dominant;

        public Scan(ActorRecognizer owner, Document doc)
        {
            _owner = owner;
            _doc = doc;
            _tokens = doc.Tokens;
            _text = doc.Normalized;
            _dominant = new Lazy<CountryNames?>(() => owner.DominantCountry(doc));
            _namedCountries = new Lazy<HashSet<string>>(() =>
                [.. owner._countries.Names.FindAll(doc.Normalized, doc.Tokens, 0, doc.Tokens.Length).Select(m => m.Values[0].Iso3)]);
            _attackers = new Lazy<Dictionary<int, Geocoding.PlaceMention>>(() => AttackersOf(doc));
        }

        private readonly Lazy<HashSet<string>> _namedCountries;

        /// <summary>The places named as a state that strikes, by their first token.</summary>
        private readonly Lazy<Dictionary<int, Geocoding.PlaceMention>> _attackers;

        /// <summary>The places of the document named as a state that strikes, by their first token (the first of two that start there).</summary>
        private static Dictionary<int, Geocoding.PlaceMention> AttackersOf(Document doc)
        {
            var attackers = new Dictionary<int, Geocoding.PlaceMention>();
            foreach (Geocoding.PlaceMention p in doc.Places)
            {
                if (p.Role == Geocoding.PlaceRole.Attacker)
                {
                    attackers.TryAdd(p.FirstToken, p);
                }
            }

            return attackers;
        }

        private ActorLexicon Lex => _owner._lexicon;

        private CountryDirectory Countries => _owner._countries;

        public ImmutableArray<ActorMention> Run()
        {
            foreach (Sentence sentence in _doc.Sentences)
            {
                int i = sentence.FirstToken;
                while (i < sentence.EndToken)
                {
                    ActorMention? mention = Longest(i, sentence.EndToken) ?? NationalForces(i, sentence.EndToken) ?? StrikingState(i) ?? CountedNationals(i, sentence.FirstToken, sentence.EndToken);
                    if (mention is null)
                    {
                        i++;
                        continue;
                    }

                    _mentions.Add(mention);
                    i = mention.EndToken;
                }
            }

            LinkPeople();
            ResolveGenerics();
            return [.. _mentions.OrderBy(m => m.FirstToken)];
        }

        private ActorMention? Longest(int i, int limit)
        {
            // Each reader below starts with a lookup at i in one of the lexicons of _mentionStarts.
            if (!_tokens[i].IsWord || !_owner._mentionStarts.MayStartAt(_text, _tokens, i))
            {
                return null;
            }

            // In this order: Named remembers group heads for the readers after it.
            ActorMention? best = Named(i, limit);
            best = Longer(best, Official(i, limit));
            best = Longer(best, Institution(i, limit));
            best = Longer(best, Person(i, limit));
            best = Longer(best, Generic(i, limit));
            return best;
        }

        /// <summary>
        /// The nationality adjective of an attack noun as the forces of its country (غارة إسرائيلية،
        /// قصف جوي روسي: the army of Israel, of Russia), the same actor as الجيش الإسرائيلي; the
        /// mention is the adjective alone, so that the noun stays the trigger it is.
        /// </summary>
        private ActorMention? NationalForces(int i, int limit)
        {
            if (Lex.NationalAttacks is not { } words || !_tokens[i].IsWord)
            {
                return null;
            }

            IMorphology morphology = _doc.Language.Morphology;
            if (!words.IsNoun(morphology.BareNoun(_doc.KeyOf(_tokens[i]))))
            {
                return null;
            }

            int at = i + 1;
            if (at < limit && _tokens[at].IsWord && words.IsModifier(morphology.BareNoun(_doc.KeyOf(_tokens[at]))))
            {
                at++;
            }

            (CountryNames? country, int end) = DemonymAt(at, limit);
            if (country is null)
            {
                return null;
            }

            InstitutionEntry forces = words.Forces;
            var actor = new Actor(InstitutionId(forces, country), forces.NameFor(country.Name), forces.Kind, country.Iso3, forces.SourceKind);
            var span = new TextSpan(_tokens[at].Span.Start, _tokens[end - 1].Span.End);
            return new ActorMention(span, at, end, ActorMentionKind.Institution, actor, Plural: true);
        }

        /// <summary>
        /// A state named as the one that strikes (شنت إسرائيل غارات، تركيا تقصف مواقع: <see cref="Geocoding.PlaceRole.Attacker"/>)
        /// as its armed forces, the same actor as الجيش الإسرائيلي and غارة إسرائيلية.
        /// </summary>
        private ActorMention? StrikingState(int i)
        {
            if (Lex.NationalAttacks is not { } words || _attackers.Value.GetValueOrDefault(i) is not { } place)
            {
                return null;
            }

            string? iso3 = place.Candidates.FirstOrDefault(p => p.Precision == Events.LocationPrecision.Country)?.CountryIso3
                ?? (place.Candidates.Length > 0 ? place.Candidates[0].CountryIso3 : null);
            if (iso3 is null || Countries.ByIso3(iso3) is not { } country)
            {
                return null;
            }

            InstitutionEntry forces = words.Forces;
            var actor = new Actor(InstitutionId(forces, country), forces.NameFor(country.Name), forces.Kind, country.Iso3, forces.SourceKind);
            return new ActorMention(place.Span, place.FirstToken, place.EndToken, ActorMentionKind.Institution, actor, Plural: true);
        }

        /// <summary>
        /// A nationality noun with no article right after a number or a word of harm or arrest
        /// (أصيب 18 فلسطينيا، مقتل فلسطيني) as people of that country: civilians, the same actor as
        /// مدنيين فلسطينيين.
        /// </summary>
        private ActorMention? CountedNationals(int i, int sentenceStart, int limit)
        {
            if (Lex.NationalsAsPeople is not { } nationals || i == sentenceStart || !_tokens[i].IsWord)
            {
                return null;
            }

            Token previous = _tokens[i - 1];
            bool after = previous.Kind == TokenKind.Number
                || (previous.IsWord && nationals.IsWordBefore(Morphology.WithoutConjunction(_doc.KeyOf(previous))));
            if (!after || !Countries.PeopleNouns.TryMatchAt(_text, _tokens, i, limit, out PhraseMatch<CountryNames> d) || d.Reading.PrefixLength != 0
                || (Countries.IsAmbiguousDemonym(MatchKey(_doc, d)) && !_namedCountries.Value.Contains(d.Values[0].Iso3)))
            {
                return null;
            }

            CountryNames country = d.Values[0];
            int end = d.EndToken;

            GenericEntry people = nationals.People;
            var actor = new Actor($"generic:{people.Name}:{country.Iso3}", $"{people.Name} ({country.Name})", people.Kind, country.Iso3, people.SourceKind);
            return new ActorMention(new TextSpan(_tokens[i].Span.Start, _tokens[end - 1].Span.End), i, end, ActorMentionKind.Generic, actor, Plural: true);
        }

        /// <summary>The candidate when it ends later than the best so far (the earlier one wins ties).</summary>
        private static ActorMention? Longer(ActorMention? best, ActorMention? candidate) =>
            candidate is not null && (best is null || candidate.EndToken > best.EndToken) ? candidate : best;

        private ActorMention? Named(int i, int limit)
        {
            if (!Lex.Named.TryMatchAt(_text, _tokens, i, limit, out PhraseMatch<Actor> m))
            {
                return null;
            }

            Actor actor = m.Values[0];
            if (actor.Kind is not null || actor.SourceKind is SourceKind.Ngo or SourceKind.Un)
            {
                // A group's or a monitor's name (تحالف، تنظيم، مرصد): التحالف، المرصد later mean it.
                Remember(m, actor);
            }

            return new ActorMention(m.Span, m.FirstToken, m.EndToken, ActorMentionKind.Named, actor);
        }

        /// <summary>Remembers the head noun a match starts with, when it is one that refers back (data/ar/group-heads.tsv), as meaning <paramref name="actor"/>.</summary>
        private void Remember<T>(PhraseMatch<T> m, Actor actor)
        {
            ReadOnlySpan<char> key = _doc.KeyOf(_tokens[m.FirstToken])[m.Reading.PrefixLength..];
            if (Morphology.IsDefinite(key))
            {
                key = key[Morphology.ArticleLength..];
            }

            if (Lex.IsGroupHead(key))
            {
                _groupHeads[key.ToString()] = actor;
            }
        }

        private ActorMention? Institution(int i, int limit)
        {
            if (!Lex.Institutions.TryMatchAt(_text, _tokens, i, limit, out PhraseMatch<InstitutionEntry> m))
            {
                return null;
            }

            InstitutionEntry entry = m.Values[0];
            int end = m.EndToken;

            // قوات التحالف العربي، طائرات التحالف: the noun names the forces of a named actor.
            if (end < limit && Lex.Named.TryMatchAt(_text, _tokens, end, limit, out PhraseMatch<Actor> named)
                && entry.Kind == ActorKind.StateForces && named.Values[0].Kind is not null)
            {
                return new ActorMention(Join(m.Span, named.Span), i, named.EndToken, ActorMentionKind.Named, named.Values[0]);
            }

            (CountryNames? country, int qualifiedEnd) = CountryQualifier(end, limit);
            if (country is null && !entry.Standalone)
            {
                return null;
            }

            CountryNames? resolved = country ?? _dominant.Value;
            var actor = new Actor(
                InstitutionId(entry, resolved),
                entry.NameFor(resolved?.Name),
                entry.Kind,
                resolved?.Iso3,
                entry.SourceKind);
            if (country is not null)
            {
                Remember(m, actor); // وزارة الداخلية التونسية ... بيان الوزارة
            }

            TextSpan span = qualifiedEnd > end ? new TextSpan(m.Span.Start, _tokens[qualifiedEnd - 1].Span.End) : m.Span;
            return new ActorMention(span, i, Math.Max(end, qualifiedEnd), ActorMentionKind.Institution, actor, Plural: true);
        }

        /// <summary>A named group, an institution, a group referred back to or an armed generic starting at <paramref name="at"/>.</summary>
        private ActorMention? Body(int at, int limit) =>
            Named(at, limit) ?? Institution(at, limit) ?? Anaphoric(at)
            ?? (Generic(at, limit) is { } generic && generic.Actor.Kind is not ActorKind.Civilians ? generic : null);

        private ActorMention? Official(int i, int limit)
        {
            if (!Lex.Titles.TryMatchAt(_text, _tokens, i, limit, out PhraseMatch<TitleEntry> m))
            {
                return null;
            }

            TitleEntry title = m.Values[0];
            int end = m.EndToken;
            Actor? affiliation = null;
            CountryNames? country = null;

            // Whose office: a named group, an institution, or a country (nisba, name, capital).
            if (end < limit && Named(end, limit) is { } named)
            {
                affiliation = named.Actor;
                end = named.EndToken;
            }
            else if (end < limit && Institution(end, limit) is { } institution)
            {
                affiliation = institution.Actor;
                end = institution.EndToken;
            }
            else if (end < limit && Anaphoric(end) is { } head)
            {
                affiliation = head.Actor;
                end = head.EndToken;
            }
            else if (end < limit && Generic(end, limit) is { } generic && generic.Actor.Kind is not ActorKind.Civilians)
            {
                // قائد المتمردين التوارق: resolved to the article's rebel group with the other generic mentions.
                affiliation = generic.Actor;
                end = generic.EndToken;
            }
            else
            {
                (country, int qualifiedEnd) = CountryQualifier(end, limit);
                if (country is not null)
                {
                    end = qualifiedEnd;

                    // سفير الجزائر لدى مالي: the host country belongs to the title.
                    if (end + 1 < limit && IsWord(end, WordRole.Host))
                    {
                        (CountryNames? host, int hostEnd) = CountryQualifier(end + 1, limit);
                        if (host is not null)
                        {
                            end = hostEnd;
                        }
                    }
                }
            }

            // قيادي في الحركة، مسؤول في وزارة الدفاع: the body the title's holder belongs to, after a word of membership.
            if (affiliation is null && country is null && end + 1 < limit && IsWord(end, WordRole.MemberOf) && Body(end + 1, limit) is { } body)
            {
                affiliation = body.Actor;
                end = body.EndToken;
            }

            if (title.SpeaksFor && affiliation is null && country is null)
            {
                return null; // "المتحدث باسم" needs someone to speak for
            }

            // A name right after the title: الرئيس عبد ربه منصور هادي.
            string? personName = null;
            if (end < limit && Person(end, limit, allowTitle: false) is { } person)
            {
                personName = person.PersonName;
                end = person.EndToken;
            }

            if (affiliation is null && country is not null)
            {
                affiliation = new Actor($"{country.Iso3}-GOV", $"Government of {country.Name}", ActorKind.Government, country.Iso3, SourceKind.Government);
            }

            SourceKind sourceKind = title.SourceKind != SourceKind.Unattributed || affiliation is null ? title.SourceKind : affiliation.SourceKind;
            string owner = affiliation?.Name ?? country?.Name ?? string.Empty;
            string name = owner.Length > 0 ? $"{title.Role}, {owner}" : title.Role;
            ActorKind? kind = affiliation?.Kind ?? title.Affiliation;
            var actor = new Actor(
                $"{affiliation?.Id ?? "X"}:{title.Role}",
                name,
                kind,
                affiliation?.Country ?? country?.Iso3,
                sourceKind);
            var span = new TextSpan(m.Span.Start, end > m.EndToken ? _tokens[end - 1].Span.End : m.Span.End);
            return new ActorMention(span, i, end, ActorMentionKind.Official, actor, affiliation, personName);
        }

        private ActorMention? Person(int i, int limit) => Person(i, limit, allowTitle: true);

        private ActorMention? Person(int i, int limit, bool allowTitle)
        {
            // A given name takes no definite article: مدينة الخليل صباح السبت is Hebron in the
            // morning, not a man called خليل صباح (names that carry one, الحسين, are listed with it).
            if (!Lex.GivenNames.TryMatchAt(_text, _tokens, i, limit, out PhraseMatch<string> given) || given.Reading.SuffixLength > 0
                || given.Reading.StripsArticle)
            {
                return null;
            }

            // The key folds letters the name keeps apart: the preposition على is not the name علي.
            if (Morphology.IsNotName(_doc.Text.AsSpan(given.Span.Start, given.Span.Length), given.Values[0]))
            {
                return null;
            }

            int end = given.EndToken;
            int words = 0;
            while (end < limit && words < MaxNameWords && _tokens[end].Kind == TokenKind.Arabic)
            {
                ReadOnlySpan<char> key = _doc.KeyOf(_tokens[end]);
                bool particle = Lex.IsParticle(key);
                if (!particle && !IsNameWord(end, limit))
                {
                    break;
                }

                end++;
                if (!particle)
                {
                    words++;
                }
            }

            if (words == 0)
            {
                return null; // a lone given name is too weak a signal
            }

            var span = new TextSpan(given.Span.Start, _tokens[end - 1].Span.End);
            string personName = _doc.Slice(span);
            var actor = new Actor($"person:{_doc.Language.Key(personName)}", personName, null, null, SourceKind.Unattributed);
            var mention = new ActorMention(span, i, end, ActorMentionKind.Person, actor, null, personName);

            // إبراهيم أغ باهنغا زعيم تحالف...: a title right after the name says who the person is.
            if (allowTitle && end < limit && Official(end, limit) is { } official)
            {
                return official with
                {
                    Span = Join(span, official.Span),
                    FirstToken = i,
                    Actor = official.Actor with { Id = actor.Id },
                    PersonName = personName,
                };
            }

            return mention;
        }

        private ActorMention? Generic(int i, int limit)
        {
            if (!Lex.Generics.TryMatchAt(_text, _tokens, i, limit, out PhraseMatch<GenericEntry> m))
            {
                return null;
            }

            GenericEntry entry = m.Values[0];
            int end = m.EndToken;

            // مسلحي داعش، ميليشيات الحوثي، مقاتلي التحالف: the group that follows is the actor.
            if (end < limit && Named(end, limit) is { } named && named.Actor.Kind is not null)
            {
                return new ActorMention(Join(m.Span, named.Span), i, named.EndToken, ActorMentionKind.Named, named.Actor, Plural: true);
            }

            if (end < limit && entry.Kind != ActorKind.Civilians && Anaphoric(end) is { } head)
            {
                return new ActorMention(Join(m.Span, head.Span), i, head.EndToken, ActorMentionKind.Named, head.Actor, Plural: true);
            }

            // Civilians of a country: مدنيين سوريين.
            (CountryNames? country, int qualifiedEnd) = DemonymAt(end, limit);

            // The bare head noun of a group the article has named with it (ميليشيات الحوثي ... الميليشيات).
            if (country is null && m.EndToken == i + 1 && entry.Kind != ActorKind.Civilians && Anaphoric(i) is { } same)
            {
                return same with { Plural = true };
            }

            string name = entry.Name;
            if (country is not null)
            {
                name = entry.Kind == ActorKind.Civilians ? $"Civilians ({country.Name})" : $"{entry.Name} ({country.Name})";
                end = qualifiedEnd;
            }

            var actor = new Actor($"generic:{entry.Name}:{country?.Iso3}", name, entry.Kind, country?.Iso3, entry.SourceKind);
            var span = new TextSpan(m.Span.Start, end > m.EndToken ? _tokens[end - 1].Span.End : m.Span.End);
            return new ActorMention(span, i, end, ActorMentionKind.Generic, actor, Plural: true);
        }

        /// <summary>A nisba adjective, a country or capital name, or لدى/في/ب + حكومة + country after a noun.</summary>
        private (CountryNames? Country, int End) CountryQualifier(int at, int limit)
        {
            if (at >= limit)
            {
                return (null, at);
            }

            if (DemonymAt(at, limit) is { Country: not null } demonym)
            {
                return demonym;
            }

            if (Countries.Names.TryMatchAt(_text, _tokens, at, limit, out PhraseMatch<CountryNames> country) && country.Reading.PrefixLength == 0)
            {
                return (country.Values[0], country.EndToken);
            }

            // النظام السوري، الحكومة المالية، "لدى حكومة باماكو"، "بحكومة باماكو".
            int next = IsWord(at, WordRole.GovernmentPreposition) ? at + 1 : at;
            if (next < limit && Lex.Institutions.TryMatchAt(_text, _tokens, next, limit, out PhraseMatch<InstitutionEntry> gov)
                && gov.Values[0].Kind is ActorKind.Government or ActorKind.StateForces && gov.EndToken < limit)
            {
                if (DemonymAt(gov.EndToken, limit) is { Country: not null } d)
                {
                    return d;
                }

                if (Countries.Names.TryMatchAt(_text, _tokens, gov.EndToken, limit, out PhraseMatch<CountryNames> c2))
                {
                    return (c2.Values[0], c2.EndToken);
                }
            }

            return (null, at);
        }

        private (CountryNames? Country, int End) DemonymAt(int at, int limit)
        {
            if (at < limit && Countries.Demonyms.TryMatchAt(_text, _tokens, at, limit, out PhraseMatch<CountryNames> d) && d.Reading.PrefixLength is 0 or 2)
            {
                // An adjective that is also a common word names its country only where the country is named.
                if (Countries.IsAmbiguousDemonym(MatchKey(_doc, d)) && !_namedCountries.Value.Contains(d.Values[0].Iso3))
                {
                    return (null, at);
                }

                return (d.Values[0], d.EndToken);
            }

            return (null, at);
        }

        /// <summary>التحالف، التنظيم، الجماعة: the named group mentioned earlier whose name begins with that word.</summary>
        private ActorMention? Anaphoric(int at)
        {
            ReadOnlySpan<char> key = _doc.KeyOf(_tokens[at]);
            if (!Morphology.IsDefinite(key) || key.Length < 4)
            {
                return null;
            }

            ReadOnlySpan<char> head = key[2..];
            if (!Lex.IsGroupHead(head))
            {
                return null;
            }

            return _groupHeads.TryGetValue(head.ToString(), out Actor? group)
                ? new ActorMention(_tokens[at].Span, at, at + 1, ActorMentionKind.Named, group)
                : null;
        }

        private bool IsNameWord(int index, int limit)
        {
            Token token = _tokens[index];
            ReadOnlySpan<char> key = _doc.KeyOf(token);
            if (key.Length < 2 || Lex.IsFunctionWord(key))
            {
                return false;
            }

            if (_owner._nameStops.MayStartAt(_text, _tokens, index)
                && (Lex.Titles.TryMatchAt(_text, _tokens, index, limit, out _)
                || Lex.Institutions.TryMatchAt(_text, _tokens, index, limit, out _)
                || Lex.Generics.TryMatchAt(_text, _tokens, index, limit, out _)
                || Lex.Named.TryMatchAt(_text, _tokens, index, limit, out _)
                || Countries.Demonyms.TryMatchAt(_text, _tokens, index, limit, out _)
                || Countries.Names.TryMatchAt(_text, _tokens, index, limit, out _)))
            {
                return false;
            }

            // Words with the article or a conjunction are not names in Arabic news (الجيش، وقال).
            return !Morphology.IsDefinite(key) && !Morphology.IsConjunction(key[0]);
        }

        /// <summary>Surnames: باهنغا and غريّب later in the text are the people named in full earlier.</summary>
        private void LinkPeople()
        {
            var people = _mentions.Where(m => m.PersonName is not null).ToList();
            if (people.Count == 0)
            {
                return;
            }

            // Same given name and a surname within one letter: the same person (باهنغا، باهانغا).
            for (int a = 0; a < people.Count; a++)
            {
                for (int b = a + 1; b < people.Count; b++)
                {
                    if (SamePerson(people[a], people[b]))
                    {
                        ActorMention first = people[a];
                        ActorMention second = people[b];
                        ActorMention richer = first.Affiliation is not null ? first : second;
                        int index = _mentions.IndexOf(first.Affiliation is not null ? second : first);
                        if (richer.Affiliation is not null && index >= 0)
                        {
                            ActorMention target = _mentions[index];
                            _mentions[index] = target with { Actor = richer.Actor, Affiliation = richer.Affiliation, MentionKind = ActorMentionKind.Official };
                        }
                    }
                }
            }

            var covered = new bool[_tokens.Length];
            foreach (ActorMention m in _mentions)
            {
                for (int t = m.FirstToken; t < m.EndToken; t++)
                {
                    covered[t] = true;
                }
            }

            // Each surname once, with the first person who bears it: a surname seen before finds
            // nothing new, its words are covered already.
            var surnames = new HashSet<string>(StringComparer.Ordinal);
            var bearers = new List<(string Surname, ActorMention Person)>();
            foreach (ActorMention person in _mentions.Where(m => m.PersonName is not null).ToList())
            {
                string surname = Surname(person.PersonName!);
                if (surname.Length >= 3 && surnames.Add(surname))
                {
                    bearers.Add((surname, person));
                }
            }

            // A word no mention covers names the first person, in that order, whose surname it is.
            // (Mentions are put in token order below, so the order of the additions does not matter.)
            var added = new List<ActorMention>();
            for (int t = 0; t < _tokens.Length && bearers.Count > 0; t++)
            {
                if (covered[t] || _tokens[t].Kind != TokenKind.Arabic)
                {
                    continue;
                }

                ReadOnlySpan<char> key = _doc.KeyOf(_tokens[t]);
                foreach ((string surname, ActorMention person) in bearers)
                {
                    if (key.Length < surname.Length - 1 || key.Length > surname.Length + 3)
                    {
                        continue; // too short or too long for the surname with up to two proclitics, give or take a letter
                    }

                    if (!MayEndLike(key, surname))
                    {
                        continue;
                    }

                    int prefix = SurnamePrefix(key, surname);
                    if (prefix < 0)
                    {
                        continue;
                    }

                    covered[t] = true;
                    TextSpan span = _text.ToOriginal(new TextSpan(_tokens[t].Key.Start + prefix, _tokens[t].Key.End));
                    added.Add(person with { Span = span, FirstToken = t, EndToken = t + 1 });
                    break;
                }
            }

            _mentions.AddRange(added);
        }

        private bool SamePerson(ActorMention a, ActorMention b)
        {
            string[] x = _doc.Language.Key(a.PersonName!).Split(' ');
            string[] y = _doc.Language.Key(b.PersonName!).Split(' ');
            return x[0] == y[0] && x.Length > 1 && y.Length > 1 && WithinOneLetter(x[^1], y[^1]);
        }

        private string Surname(string personName)
        {
            string[] words = _doc.Language.Key(personName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 1 ? words[^1] : string.Empty;
        }

        /// <summary>
        /// False when <paramref name="key"/> certainly does not end in <paramref name="surname"/> give or
        /// take one letter (<see cref="SurnamePrefix"/> would find nothing), without comparing them: the
        /// word and the surname end in the same letter, unless the letter one of them has more is its
        /// last (then the other's last is its last but one).
        /// </summary>
        private static bool MayEndLike(ReadOnlySpan<char> key, string surname) =>
            key[^1] == surname[^1] || key[^2] == surname[^1] || key[^1] == surname[^2];

        /// <summary>Length of the proclitic before a surname in <paramref name="key"/>, or -1 when the word is not that surname.</summary>
        private int SurnamePrefix(ReadOnlySpan<char> key, string surname)
        {
            for (int prefix = 0; prefix <= 2 && prefix < key.Length; prefix++)
            {
                if (prefix > 0 && !Morphology.IsConjunction(key[prefix - 1]) && !Morphology.IsPreposition(key[prefix - 1]))
                {
                    break;
                }

                if (Math.Abs(key.Length - prefix - surname.Length) <= 1 && WithinOneLetter(key[prefix..], surname))
                {
                    return prefix;
                }
            }

            return -1;
        }

        private bool WithinOneLetter(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            if (a.SequenceEqual(b))
            {
                return true;
            }

            if (Math.Abs(a.Length - b.Length) != 1 || Math.Min(a.Length, b.Length) < 4)
            {
                return false;
            }

            ReadOnlySpan<char> longer = a.Length > b.Length ? a : b;
            ReadOnlySpan<char> shorter = a.Length > b.Length ? b : a;

            // The letter dropped can only be at or before the first difference.
            int common = longer.CommonPrefixLength(shorter);
            for (int i = 0; i <= common; i++)
            {
                // The longer word without its letter i is the shorter one.
                if (longer[(i + 1)..].SequenceEqual(shorter[i..]))
                {
                    return Morphology.IsLongVowel(longer[i]);
                }
            }

            return false;
        }

        /// <summary>المتمردين in an article about one rebel alliance is that alliance.</summary>
        private void ResolveGenerics()
        {
            var named = _mentions
                .Where(m => m.MentionKind is ActorMentionKind.Named or ActorMentionKind.Official && m.Participant.Kind is not null)
                .Select(m => m.Participant)
                .ToList();
            for (int k = 0; k < _mentions.Count; k++)
            {
                ActorMention m = _mentions[k];
                if (m.MentionKind == ActorMentionKind.Official && m.Affiliation is { } aff && aff.Id.StartsWith("generic:", StringComparison.Ordinal))
                {
                    var groups = named.Where(a => a.Kind == aff.Kind && !a.Id.StartsWith("generic:", StringComparison.Ordinal)).DistinctBy(a => a.Id).ToList();
                    if (groups.Count == 1)
                    {
                        Actor group = groups[0];
                        _mentions[k] = m with
                        {
                            Affiliation = group,
                            Actor = m.Actor with { Name = m.Actor.Name.Replace(aff.Name, group.Name, StringComparison.Ordinal), Country = group.Country, SourceKind = group.SourceKind == SourceKind.Unattributed ? m.Actor.SourceKind : group.SourceKind },
                        };
                    }

                    continue;
                }

                if (m.MentionKind != ActorMentionKind.Generic)
                {
                    continue;
                }

                GenericEntry? entry = Lex.Generics.TryMatchAt(_text, _tokens, m.FirstToken, m.EndToken, out PhraseMatch<GenericEntry> g) ? g.Values[0] : null;
                if (entry is null || !entry.Resolves)
                {
                    continue;
                }

                var candidates = named.Where(a => a.Kind == entry.Kind).DistinctBy(a => a.Id).ToList();
                if (candidates.Count == 1)
                {
                    _mentions[k] = m with { Actor = candidates[0], MentionKind = ActorMentionKind.Named };
                }
            }
        }

        private bool IsWord(int index, WordRole role) => index < _tokens.Length && _doc.Language.Words.Is(role, _doc.KeyOf(_tokens[index]));

        private IMorphology Morphology => _doc.Language.Morphology;

        private static TextSpan Join(TextSpan a, TextSpan b) => a.Union(b);

        private static string InstitutionId(InstitutionEntry entry, CountryNames? country) =>
            $"{country?.Iso3 ?? "XXX"}:{entry.NameTemplate}";
    }
}
