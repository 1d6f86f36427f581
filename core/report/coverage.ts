/**
 * Characters each bundled font covers in every style the report uses, as
 * [first, length − 1] pairs of code points written in base 36. Generated from
 * the font files (NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf,
 * NotoSansHans-{Regular,Bold}.otf, NotoNaskhArabic-{Regular,Bold}.ttf);
 * tests/unit/report/fonts.test.ts checks
 * it still matches them.
 */
export const LATIN_COVERAGE = decode(`
  0,0,d,0,w,2m,4g,k7,oq,5,p0,6,p8,0,pa,j,pv,1q,s0,8v,1s0,3j,59s,g,5ad,0,5af,7,5mo,8,5q8,6x,5x7,7u,654,5,65c,
  11,66g,5,66o,7,66x,0,66z,0,671,0,673,u,680,1g,69i,e,69y,d,6ae,5,6al,i,6b6,2,6ba,8,6bk,2s,6ee,b,6es,q,6fk,c,
  6g0,v,6i8,0,6io,2n,6mc,0,6mh,0,6qa,0,7gs,0,8rk,v,928,3h,wu8,2n,wzk,5m,x5c,1,x5f,0,x5h,4,x6a,d,xdr,0,xf2,0,
  xtc,1n,1dkw,6,1e68,0,1e74,f,1edb,0,1ekc,1,1g1s,5,1g1z,15,1g36,8,2mm8,u,`);

export const CJK_COVERAGE = decode(`
  0,3i,4g,2r,7k,3,7u,1,88,3,8z,1,93,1,98,3,9e,1,a0,5,b6,0,bk,1,bz,1,ct,f,e0,1,gh,0,gx,0,jr,0,jt,2,k9,0,pd,g,
  pv,6,q9,g,qr,6,sh,0,sw,1r,up,0,5z2,1,61s,2h,6bm,1,6c0,6,6c8,2,6cc,2,6cg,2,6cl,2,6cw,0,6cy,1,6d1,0,6d5,3,6de,
  0,6dj,2,6dt,0,6g9,0,6gc,0,6hp,1,6io,0,6ir,0,6it,0,6ix,1,6j3,0,6j7,0,6ja,0,6jl,1,6jq,1,6jv,0,6jy,0,6k5,0,6kb,
  0,6lc,b,6ls,b,6mo,9,6ns,1,6o4,2,6ob,1,6og,0,6oi,0,6ok,0,6p2,3,6ph,0,6ps,0,6pu,1,6px,6,6q7,0,6q9,2,6qd,0,6qi,
  0,6ql,3,6qr,0,6qt,9,6r8,3,6rh,0,6rn,0,6rp,0,6rs,0,6rw,0,6s2,0,6sg,2,6sk,3,6sq,1,6su,1,6sy,1,6t2,1,6te,5,6tm,
  1,6tx,4,6u8,0,6ud,0,6v3,0,6vu,1,6x1,2,6xe,0,6xk,0,6y1,1,71s,1,726,e,72m,0,72y,1,74z,0,76o,97,7g1,2,7g6,1,
  7gc,1,7gg,1,7gm,6,7gu,5,7he,4,7hr,0,7i8,3,7id,1,7ih,0,7im,1,7iu,1,7j0,3,7jj,0,7k0,2,7kw,f,7le,b,7mo,0,7nh,1,
  7pe,0,7pv,0,7q2,0,7r1,0,7r3,1,7rq,0,7sm,9,7tt,0,850,1,88v,0,8ai,1,8hx,2,8ii,0,94q,1,96o,p,97f,2g,9a8,5x,9gw,
  b,9hc,1r,9j5,2d,9ll,2u,9ol,14,9pt,1e,9r9,15,9sg,16,9ts,z,9v4,1a,9wg,66,a2o,17,a3x,58o,feo,g5s,1d6o,3,1d6t,1,
  1d6z,1,1d7c,0,1d7l,0,1d7x,0,1d7z,0,1d81,4,1d87,3,1d8j,0,1d8n,1,1d8q,0,1d8u,0,1d8y,1,1d9a,0,1d9e,5,1d9q,0,
  1d9u,0,1d9w,0,1da2,1,1da6,2,1dac,1,1dai,2,1dam,0,1dar,0,1dat,0,1daw,0,1dbi,0,1dbn,0,1dbr,0,1dbv,0,1dbx,1,
  1dc0,0,1dc5,1,1dcg,0,1dco,1,1dcu,2,1dcy,2,1dd5,0,1ddg,1,1ddm,0,1ddp,0,1ddu,0,1ddx,3,1de2,0,1de4,1,1dft,0,
  1dgd,1,1dkw,4,1e6o,9,1e7k,y,1e8k,i,1e94,3,1edd,59,1eiq,5,1eiy,5,1ej6,5,1eje,2,1ejk,6,1ejs,6,2q68,a,2q6o,u,
  2q7k,1n,2q9c,16,2qdc,2,2qds,16,2qf4,8,2qfk,1,2t8n,0,2t8p,0,2tak,0,2tes,0,2uco,0,2ueu,0,2vo0,0,2x0a,0,2x3n,0,
  2xg7,0,31cf,0,33rf,0,353r,1,35er,0,3666,0,37jd,0,37q3,0,37ul,0,37wp,0,39yq,0,3a02,0,3a20,0,3b2v,0,3bvb,0,
  3cip,0,3czx,0,3ddi,0,3dks,0,3dxt,0,3ecc,0,3eht,0,3gz6,0,3id3,0,3iex,0,3j7s,0,3jp4,0,3jpx,0,3jz4,0,3knd,0,
  3kuf,0,3kun,0,3kup,0,3kus,0,3l73,0,3lax,0,3mv3,0,3n68,0,3on2,0,3on7,0,3ong,0,3qal,0,3qij,0,3qjb,0,3qr4,0,
  3qra,0,3qs8,0,3rtu,0,3s4n,1,3s53,1,3sa5,0,3shs,0,3skj,0,3skv,0,3sky,0,3sl9,0,3sp0,0,3spc,0,3spf,0,3srl,0,
  3svb,0,3svj,0,3svq,0,3svt,0,3swd,1,3sxi,0,3t0u,1,3t0z,0,3t2f,0,3t2s,0,3t3w,1,3t46,2,3t4a,0,3t4c,0,3t79,1,
  3t7x,0,3t9p,0,3tex,0,3tfp,0,3tgm,0,3th5,0,3th8,0,3thi,0,3thm,0,3ti4,0,3tmg,0,3u13,0,3u5b,0,3u5e,0,3u64,0,
  3u6b,0,3uaj,0,3uk7,0,3ukn,0,3unr,0,3up5,0,3v3d,1,3v6x,0,3v7u,0,3vf9,0,3vfd,0,3vg9,0,3vjw,0,3vk8,0,3vl0,0,
  3vo7,0,3vq3,0,3vq9,0,3vqc,0,3vyg,0,3vys,0,3vyv,0,3w3m,0,3w9f,0,3w9k,0,3w9t,0,3wa1,0,3wa3,2,3wa7,0,3waq,0,
  3way,1,3wh8,0,3whb,0,3wkf,0,3wld,0,3wn1,0,3wt5,0,3wta,0,3wtd,0,3wtv,0,3wuf,0,3wui,0,3wv1,0,3x1e,0,3x1q,0,
  3x4t,0,3x61,0,3x9l,0,3x9p,1,3x9t,0,3xa0,1,3xa3,0,3xa7,0,3xa9,0,3xai,0,3xam,0,3xay,1,3xb8,0,3xbd,0,3xbg,0,
  3xbj,0,3xbn,0,3xbq,0,3xbs,0,3xbw,0,3xdd,0,3xdr,1,3xe6,0,3xhy,0,3xi7,0,3xmd,1,3xml,0,3xmn,0,3xmq,1,3xmy,0,
  3xqj,0,3xql,0,3xqn,1,3xr3,1,3xrc,0,3xrh,1,3xsl,0,3xug,0,3xui,0,3xur,0,3xuu,0,3xuy,0,3xx8,0,3xxk,0,3xxv,0,`);

export const ARABIC_COVERAGE = decode(`
  0,0,w,1,18,0,1a,0,1c,a,4g,0,4r,0,57,0,16o,4,16u,l,17i,69,1g0,1b,1pc,0,1pe,a,1r8,q,6bv,4,7gs,0,1dn4,35,1dqr,a4,
  1e1c,1r,1e36,1h,1e5u,0,1e62,3,1e9c,4,1e9i,3q,1edb,0,1ekf,0,`);

/** Sorted [first, last] code point ranges. */
export type Coverage = ReadonlyArray<readonly [number, number]>;

function decode(text: string): Coverage {
  const values = text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => parseInt(v, 36));
  const ranges: [number, number][] = [];
  for (let i = 0; i + 1 < values.length; i += 2) ranges.push([values[i]!, values[i]! + values[i + 1]!]);
  return ranges;
}

export function covers(coverage: Coverage, codePoint: number): boolean {
  let lo = 0;
  let hi = coverage.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = coverage[mid]!;
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return true;
  }
  return false;
}
