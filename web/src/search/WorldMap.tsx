import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleSequentialSqrt } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { type ReactNode, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import { type GeometryCollection, type Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { useGraphQL } from '../api/use-query';
import { type FacetValue } from './FacetPanel';
import { MapJurisdictionsDocument } from './search.operations';

const WIDTH = 960;
const HEIGHT = 420;
const EMPTY_FILL = '#e8eaed';
const ANTARCTICA = '010';

interface Props {
  /** Country facet: alpha-3 code → number of matching records. */
  counts: FacetValue[];
  selected: string[];
  /** Clicking a State with a count (or selected) toggles it; without it the map is a picture only. */
  onToggle?: (code: string) => void;
  /** What is counted, for the caption-less description and each State's title ("matching records"). */
  counted?: string;
  caption?: ReactNode;
  /** Said of a State without a count, where that does not mean none (figures withheld). */
  uncounted?: string;
}

/** The world atlas's country shapes (Natural Earth 1:110m; ids are UN M49 codes), fetched once. */
function useCountryShapes() {
  return useQuery({
    queryKey: ['world-atlas-110m'],
    staleTime: Infinity,
    queryFn: async () => {
      const response = await fetch(atlasUrl);
      const topology = (await response.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
      // Antarctica has no courts of its own and takes a sixth of the picture.
      return feature(topology, topology.objects.countries).features.filter((shape) => m49Key(shape.id) !== ANTARCTICA);
    },
  });
}

const m49Key = (code: string | number | undefined | null) => (code == null ? '' : String(code).padStart(3, '0'));

/**
 * A world map shaded by the number of records matching the search; clicking a State adds or removes it as a
 * country filter. The same filter is in the Country facet, which keyboard and screen-reader users reach directly.
 */
export function WorldMap({ counts, selected, onToggle, counted = 'matching records', caption, uncounted }: Props) {
  const shapes = useCountryShapes();
  const jurisdictions = useGraphQL(MapJurisdictionsDocument, {});

  const byM49 = useMemo(() => {
    const countByCode = new Map(counts.map((c) => [c.value, c.count]));
    const result = new Map<string, { code: string; name: string; count: number }>();
    for (const j of jurisdictions.data?.jurisdictions ?? []) {
      if (j.m49) result.set(m49Key(j.m49), { code: j.code, name: j.name, count: countByCode.get(j.code) ?? 0 });
    }
    return result;
  }, [counts, jurisdictions.data]);

  const paths = useMemo(() => {
    if (!shapes.data) return [];
    const projection = geoEqualEarth().fitExtent(
      [
        [4, 4],
        [WIDTH - 4, HEIGHT - 4],
      ],
      { type: 'FeatureCollection', features: shapes.data },
    );
    const path = geoPath(projection);
    return shapes.data.map((shape) => ({ id: m49Key(shape.id), name: shape.properties.name, d: path(shape) ?? '' }));
  }, [shapes.data]);

  const max = Math.max(1, ...counts.map((c) => c.count));
  const color = scaleSequentialSqrt(interpolateBlues).domain([0, max]);
  const top = [...counts].sort((a, b) => b.count - a.count).slice(0, 5);
  const description =
    counts.length === 0
      ? `World map: no ${counted}.`
      : `World map of ${counted} by State. Most: ${top.map((c) => `${c.label} ${c.count}`).join(', ')}.`;

  return (
    <figure className="world-map">
      <figcaption>
        {caption ?? 'Where the matching records come from'} {selected.length > 0 && <span className="hint">(selected States outlined)</span>}
      </figcaption>
      {shapes.isError ? (
        <p className="error-text">The map could not be loaded.</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description} className="map-svg">
          {paths.map((p) => {
            const country = byM49.get(p.id);
            const count = country?.count ?? 0;
            const isSelected = country ? selected.includes(country.code) : false;
            return (
              <path
                key={`${p.id}-${p.name}`}
                d={p.d}
                fill={count > 0 ? color(count) : EMPTY_FILL}
                className={`country${onToggle && country && count > 0 ? ' clickable' : ''}${isSelected ? ' selected' : ''}`}
                data-code={country?.code}
                onClick={onToggle && country && (count > 0 || isSelected) ? () => onToggle(country.code) : undefined}
              >
                <title>{`${country?.name ?? p.name}: ${count === 0 && uncounted ? uncounted : `${count.toLocaleString('en')} ${counted}`}`}</title>
              </path>
            );
          })}
        </svg>
      )}
      <div className="legend" aria-hidden="true">
        <span>0</span>
        <span className="legend-ramp" style={{ background: `linear-gradient(to right, ${EMPTY_FILL}, ${color(max / 4)}, ${color(max)})` }} />
        <span>{max.toLocaleString('en')}</span>
      </div>
    </figure>
  );
}
