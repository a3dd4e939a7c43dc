// A site's facts have one owner, its profile: the site names derive from it, every profile file is registered,
// the layout years a profile says it was checked on are real saved pages that use that layout, and a profile
// with no page at all is a conscious, listed exception. Publications and agencies are never authors.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROFILES, profileForHost, type SiteProfile } from '../../lib/profiles';
import { isOutletName, siteNameFor, PUBLICATIONS, parseByline, parseCredit } from '../../lib/meta';
import { parseHtml } from '../../node/parse-html';
import { readPageMeta } from '../../lib/extract/page-meta';
import { extractWithProfile } from '../../lib/extract/profile-path';
import { vnPages } from '../support/vn-pages';
import { PAGELESS_PROFILES } from '../support/pageless-profiles';

const PROFILE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../lib/profiles');

const pages = vnPages();
const hostOf = (url: string) => new URL(url).hostname;

describe('site names come from the profiles', () => {
  it('names every profiled domain as its profile does', () => {
    const disagree = PROFILES.flatMap((p) =>
      p.domains.filter((d) => siteNameFor(d) !== p.siteName).map((d) => `${d}: ${siteNameFor(d)} ≠ ${p.siteName}`),
    );
    expect(disagree).toEqual([]);
  });
  it('names other known publications from their list, and unknown hosts by their own og:site_name', () => {
    expect(siteNameFor('ngoisao.net')).toBe('Ngôi Sao');
    expect(siteNameFor('www.xinhxinh.com.vn')).toBe('XinhXinh');
    expect(siteNameFor('example.vn', 'Báo Mẫu')).toBe('Báo Mẫu');
    expect(siteNameFor('example.vn')).toBe('example.vn');
  });
  it('claims each domain once, across profiles and the publications list', () => {
    const all = [...PROFILES.flatMap((p) => p.domains), ...PUBLICATIONS.flatMap((p) => p.domains)];
    expect(all.filter((d, i) => all.indexOf(d) !== i)).toEqual([]);
  });
});

describe('profile registry', () => {
  it('registers every profile file in sites.ts (adding a site: one file, one line)', async () => {
    const files = readdirSync(PROFILE_DIR).filter(
      (f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'sites.ts'].includes(f),
    );
    const declared: string[] = [];
    for (const f of files) {
      const source = readFileSync(join(PROFILE_DIR, f), 'utf8');
      for (const m of source.matchAll(/export const (\w+): SiteProfile\b/g)) declared.push(m[1]!);
    }
    const registered = PROFILES.map((p) => p.id);
    const mod = (await import('../../lib/profiles/sites')) as Record<string, SiteProfile>;
    expect(declared.filter((name) => !mod[name])).toEqual([]);
    expect(new Set(registered).size).toBe(registered.length);
  });
});

describe('verified layouts', () => {
  for (const profile of PROFILES) {
    for (const [layout, years] of Object.entries(profile.verified ?? {})) {
      it(`${profile.id} "${layout}": ${years.join(', ')} are real saved pages that use this layout`, () => {
        expect(profile.layouts.map((l) => l.name)).toContain(layout);
        for (const year of years) {
          const page = pages.find(
            (p) =>
              p.set === 'corpus' &&
              profileForHost(hostOf(p.url))?.id === profile.id &&
              new RegExp(`__${year}-`).test(p.name),
          );
          expect(page, `a corpus page of ${profile.id} from ${year}`).toBeDefined();
          const doc = parseHtml(page!.html, page!.url);
          expect(extractWithProfile(doc, profile, readPageMeta(doc, page!.url)).result?.layout).toBe(layout);
        }
      });
    }
  }

  it('names only picture hosts that a real page of the site shows', () => {
    for (const profile of PROFILES) {
      for (const host of profile.imageHosts ?? []) {
        const seen = pages.some((p) => {
          if (p.set !== 'corpus' || profileForHost(hostOf(p.url))?.id !== profile.id) return false;
          return [...parseHtml(p.html, p.url).querySelectorAll('img')].some((img) => {
            try {
              const h = new URL(img.getAttribute('data-src') ?? img.getAttribute('src') ?? '', p.url).hostname;
              return h === host || h.endsWith(`.${host}`);
            } catch {
              return false;
            }
          });
        });
        expect(seen, `${profile.id}: ${host}`).toBe(true);
      }
    }
  });

  it('lists the profiles with no page at all', () => {
    const withPage = new Set(pages.map((p) => profileForHost(hostOf(p.url))?.id).filter(Boolean));
    expect(
      PROFILES.map((p) => p.id)
        .filter((id) => !withPage.has(id))
        .sort(),
    ).toEqual(PAGELESS_PROFILES);
  });
});

describe('publications are never authors', () => {
  it.each([
    ['Ngoisao', 'the publication in an author tag'],
    ['XinhXinh', 'the publication in an author tag'],
    ['VietNamNet News', 'a profiled site with a suffix'],
    ['Báo điện tử Dân trí', 'a profiled site with a prefix'],
    ['Tuổi Trẻ Online', 'an alias'],
    ['Zing News', 'an alias of another domain'],
    ['TTXVN', 'an agency'],
  ])('%s (%s)', (name) => {
    expect(isOutletName(name)).toBe(true);
    expect(parseByline(name)).toEqual([]);
  });
  it('credits every listed publication written after a reporter ("Name - Outlet") as the source, never a second author', () => {
    for (const pub of PUBLICATIONS) {
      for (const name of [pub.name, ...(pub.aliases ?? [])]) {
        expect(parseCredit(`Thanh Xuân - ${name}`), name).toEqual({ names: ['Thanh Xuân'], source: name });
        expect(parseByline(name), name).toEqual([]);
      }
    }
  });
  it('credits a known publication after "Theo" as the source', () => {
    expect(parseCredit('Theo Ngôi Sao')).toEqual({ names: [], source: 'Ngôi Sao' });
    expect(parseCredit('Theo Vietnam+')).toEqual({ names: [], source: 'Vietnam+' });
  });
  it('keeps people whose names share a syllable with a publication', () => {
    expect(parseByline('Minh Nguyễn')).toEqual(['Minh Nguyễn']);
    expect(parseByline('Thanh Hà')).toEqual(['Thanh Hà']);
  });
});
