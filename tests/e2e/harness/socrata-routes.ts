import type { RouteAnswer, Routes } from './replay-server';

/** A Socrata portal among the built-in ones: the views API is on the portal's own host. */
export const SOCRATA_HOST = 'data.cityofchicago.org';

export const LANDMARK_DISTRICTS = {
  id: 'zidz-sdfj',
  pageUrl: 'https://data.cityofchicago.org/Historic-Preservation/Landmark-Districts/zidz-sdfj',
  apiUrl: 'https://data.cityofchicago.org/api/views/zidz-sdfj.json',
  answer: { file: 'portals/socrata/data.cityofchicago.org_api_views_zidz-sdfj_2025.json' } satisfies RouteAnswer,
};

export function socrataRoutes(): Routes {
  return {
    [LANDMARK_DISTRICTS.pageUrl]: { file: 'pages/socrata/data.cityofchicago.org_landmark-districts.html' },
    [`https://${SOCRATA_HOST}/favicon.ico`]: { status: 204 },
    [LANDMARK_DISTRICTS.apiUrl]: LANDMARK_DISTRICTS.answer,
  };
}
